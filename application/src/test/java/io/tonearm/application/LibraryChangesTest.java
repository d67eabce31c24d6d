package io.tonearm.application;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.ArtistId;
import io.tonearm.domain.DuplicateTrackPathException;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The library's changes: what they store, which cached reads each drops and which it keeps. */
class LibraryChangesTest {
    private static final PageRequest PAGE = PageRequest.first(10);

    private final LibraryFixture fixture = new LibraryFixture();
    private final Library library = fixture.library;

    @Test
    void addingATrack_storesIt_andDropsExactlyTheTracksAddedRow() {
        Track added = library.addTrack(aTrack().title("New").build());

        assertThat(fixture.catalog.findById(added.id())).contains(added);
        assertThat(fixture.cache.droppedNames()).containsExactlyInAnyOrderElementsOf(
                droppedBy(Mutation.TRACKS_ADDED));
    }

    @Test
    void addingATrack_showsItInAPreviouslyCachedAllTracksPage() {
        Track first = library.addTrack(aTrack().build());
        library.getAllTracks(PAGE);

        Track second = library.addTrack(aTrack().build());

        assertThat(library.getAllTracks(PAGE).items()).containsExactly(first, second);
    }

    @Test
    void addingATrackWithAKnownPath_failsAndDropsNothing() {
        NewTrack track = aTrack().build();
        library.addTrack(track);
        int dropsBefore = fixture.cache.droppedNames().size();

        assertThatThrownBy(() -> library.addTrack(track)).isInstanceOf(DuplicateTrackPathException.class);
        assertThat(fixture.cache.droppedNames()).hasSize(dropsBefore);
    }

    @Test
    void addingManyTracks_storesAll_andDropsTheTracksAddedRowOnce() {
        int added = library.addTracks(List.of(aTrack().build(), aTrack().build()));

        assertThat(added).isEqualTo(2);
        assertThat(fixture.catalog.all()).hasSize(2);
        assertThat(fixture.cache.droppedNames()).containsExactlyInAnyOrderElementsOf(
                droppedBy(Mutation.TRACKS_ADDED));
    }

    @Test
    void addingManyTracks_takesOneToTheBatchLimit() {
        assertThatThrownBy(() -> library.addTracks(List.of())).isInstanceOf(InvalidValueException.class)
                .hasMessage("tracks must hold 1 to 10000 tracks but held 0");
        assertThatThrownBy(() -> library.addTracks(null)).isInstanceOf(InvalidValueException.class)
                .hasMessageEndingWith("but held 0");
        List<NewTrack> tooMany = IntStream.rangeClosed(0, TrackCommands.MAX_BATCH)
                .mapToObj(i -> aTrack().build()).toList();
        assertThatThrownBy(() -> library.addTracks(tooMany)).isInstanceOf(InvalidValueException.class)
                .hasMessageEndingWith("but held 10001");

        assertThat(library.addTracks(tooMany.subList(0, TrackCommands.MAX_BATCH))).isEqualTo(TrackCommands.MAX_BATCH);
    }

    @Test
    void changingATracksTitle_dropsTheDetailsRow_andReloadsTheTrack() {
        Track track = fixture.stored();
        library.getTrack(track.id());

        Track changed = library.updateTrack(track.id(), titled("New title")).orElseThrow();

        assertThat(changed.title()).isEqualTo("New title");
        assertThat(fixture.cache.droppedNames()).containsExactlyInAnyOrderElementsOf(
                droppedBy(Mutation.TRACK_DETAILS_UPDATED));
        long loads = fixture.cache.loads(CachedQueries.TRACK);
        assertThat(library.getTrack(track.id())).contains(changed);
        assertThat(fixture.cache.loads(CachedQueries.TRACK)).isEqualTo(loads);
    }

    @Test
    void changingATracksArtists_dropsTheTrackUpdatedRow() {
        Track track = fixture.stored();

        library.updateTrack(track.id(), new TrackChanges(null, List.of("Other"), null, null, null, null, null, null));

        assertThat(fixture.cache.droppedNames()).containsExactlyInAnyOrderElementsOf(
                droppedBy(Mutation.TRACK_UPDATED));
    }

    @Test
    void retaggingTheOnlyTrackOfAnArtist_makesThatArtistUnknownAtOnce() {
        Track track = fixture.stored(aTrack().artists("Old Name").albumArtist("Band"));
        ArtistId oldArtist = library.searchArtists(new SearchQuery("old"), PAGE).items().get(0).id();
        assertThat(library.getArtist(oldArtist)).isPresent();

        library.updateTrack(track.id(), new TrackChanges(null, List.of("New Name"), null, null, null, null, null, null));

        assertThat(library.getArtist(oldArtist)).isEmpty();
    }

    @Test
    void changingNothing_answersTheTrack_withoutWritingOrDropping() {
        Track track = fixture.stored();
        fixture.catalog.failingNextWrite(new IllegalStateException("no write expected"));

        assertThat(library.updateTrack(track.id(), new TrackChanges(null, null, null, null, null, null, null, null)))
                .contains(track);
        assertThat(fixture.cache.droppedNames()).isEmpty();
    }

    @Test
    void changingAnUnknownTrack_isEmpty_andDropsNothing() {
        assertThat(library.updateTrack(TrackId.of(7), titled("x"))).isEmpty();
        assertThat(fixture.cache.droppedNames()).isEmpty();
    }

    @Test
    void deletingATrack_dropsItsEntryWithoutReloading_andEveryList() {
        Track track = fixture.stored();
        library.getTrack(track.id());
        long loads = fixture.cache.loads(CachedQueries.TRACK);

        assertThat(library.deleteTrack(track.id())).isTrue();

        assertThat(fixture.cache.holds(CachedQueries.TRACK, CacheInvalidator.trackKey(track.id()))).isFalse();
        assertThat(fixture.cache.loads(CachedQueries.TRACK)).isEqualTo(loads);
        assertThat(fixture.cache.droppedNames()).containsExactlyInAnyOrderElementsOf(
                droppedBy(Mutation.TRACK_DELETED));
        assertThat(library.getTrack(track.id())).isEmpty();
    }

    @Test
    void deletingAnUnknownTrack_isFalse_andDropsNothing() {
        assertThat(library.deleteTrack(TrackId.of(7))).isFalse();
        assertThat(fixture.cache.droppedNames()).isEmpty();
    }

    @Test
    void favoritingATrack_keepsAllTracksPageCached() {
        Track track = fixture.stored();
        library.getAllTracks(PAGE);

        assertThat(library.setTrackFavorite(track.id(), true)).isTrue();

        assertThat(library.getAllTracks(PAGE).items()).extracting(Track::favorite).containsExactly(true);
        assertThat(fixture.cache.loads(CachedQueries.ALL_TRACKS)).isEqualTo(1);
    }

    @Test
    void favoritingATrack_showsItInACachedFavoritesPage() {
        Track track = fixture.stored();
        assertThat(library.getFavoriteTracks(PAGE).items()).isEmpty();

        library.setTrackFavorite(track.id(), true);

        assertThat(library.getFavoriteTracks(PAGE).items()).extracting(Track::id).containsExactly(track.id());
        assertThat(fixture.cache.droppedNames()).containsExactly("tracks.favorites@everyone");
    }

    @Test
    void favoritingAnUnknownTrack_isFalse_andDropsNothing() {
        assertThat(library.setTrackFavorite(TrackId.of(7), true)).isFalse();
        assertThat(fixture.cache.droppedNames()).isEmpty();
    }

    @Test
    void aPlay_countsOnTheTrack_andShowsInCachedRecentPopularAndCharts() {
        Track track = fixture.stored();
        library.getRecentTracks(PAGE);
        library.getPopularTracks(PAGE);
        library.getChart(Duration.ofDays(7), PAGE);

        Track played = library.recordTrackPlay(track.id(), fixture.clock.instant()).orElseThrow();

        assertThat(played.playCount()).isEqualTo(1);
        assertThat(library.getRecentTracks(PAGE).items()).containsExactly(played);
        assertThat(library.getPopularTracks(PAGE).items()).containsExactly(played);
        assertThat(library.getChart(Duration.ofDays(7), PAGE).items()).singleElement()
                .satisfies(entry -> assertThat(entry.plays()).isEqualTo(1));
        assertThat(fixture.cache.droppedNames()).containsExactlyInAnyOrderElementsOf(
                droppedBy(Mutation.PLAY_RECORDED));
    }

    @Test
    void aPlayOfAnUnknownTrack_isEmpty_andDropsNothing() {
        assertThat(library.recordTrackPlay(TrackId.of(7), fixture.clock.instant())).isEmpty();
        assertThat(fixture.cache.droppedNames()).isEmpty();
    }

    @Test
    void aPlay_mayBeStampedUpToFiveMinutesAhead_notMore() {
        Track track = fixture.stored();
        Instant latest = fixture.clock.instant().plus(Duration.ofMinutes(5));

        assertThat(library.recordTrackPlay(track.id(), latest)).isPresent();
        assertThatThrownBy(() -> library.recordTrackPlay(track.id(), latest.plusNanos(1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("playedAt must not be in the future but was " + latest.plusNanos(1));
    }

    @Test
    void aPlayWithoutItsTime_isRefused() {
        Track track = fixture.stored();

        assertThatThrownBy(() -> library.recordTrackPlay(track.id(), null)).isInstanceOf(InvalidValueException.class)
                .hasMessage("playedAt is required");
        assertThat(fixture.catalog.findById(track.id()).orElseThrow().playCount()).isZero();
    }

    @Test
    void missingArguments_areRefusedByName() {
        assertThatThrownBy(() -> library.getTrack(null)).hasMessage("id");
        assertThatThrownBy(() -> library.searchTracks(null, PAGE)).hasMessage("query");
        assertThatThrownBy(() -> library.getAllTracks(null)).hasMessage("page");
        assertThatThrownBy(() -> library.getAlbumTracks(null, PAGE)).hasMessage("album");
        assertThatThrownBy(() -> library.findTracks(null)).hasMessage("wanted");
        assertThatThrownBy(() -> library.addTrack(null)).hasMessage("track");
        assertThatThrownBy(() -> library.updateTrack(null, titled("x"))).hasMessage("id");
        assertThatThrownBy(() -> library.updateTrack(TrackId.of(1), null)).hasMessage("changes");
        assertThatThrownBy(() -> library.deleteTrack(null)).hasMessage("id");
        assertThatThrownBy(() -> library.setTrackFavorite(null, true)).hasMessage("id");
        assertThatThrownBy(() -> library.recordTrackPlay(null, Instant.EPOCH)).hasMessage("id");
        assertThatThrownBy(() -> library.getAlbum(null)).hasMessage("id");
        assertThatThrownBy(() -> library.searchAlbums(null, PAGE)).hasMessage("query");
        assertThatThrownBy(() -> library.getArtistAlbums(null, PAGE)).hasMessage("artist");
        assertThatThrownBy(() -> library.getArtist(null)).hasMessage("id");
        assertThatThrownBy(() -> library.searchArtists(null, PAGE)).hasMessage("query");
    }

    @Test
    void theLibrary_needsEveryPort() {
        var c = fixture.catalog;
        var cache = fixture.cache;
        var clock = fixture.clock;
        assertThatThrownBy(() -> Library.create(null, c.albums(), c.artists(), c, cache, clock)).hasMessage("tracks");
        assertThatThrownBy(() -> Library.create(c, null, c.artists(), c, cache, clock)).hasMessage("albums");
        assertThatThrownBy(() -> Library.create(c, c.albums(), null, c, cache, clock)).hasMessage("artists");
        assertThatThrownBy(() -> Library.create(c, c.albums(), c.artists(), null, cache, clock)).hasMessage("plays");
        assertThatThrownBy(() -> Library.create(c, c.albums(), c.artists(), c, null, clock)).hasMessage("cache");
        assertThatThrownBy(() -> Library.create(c, c.albums(), c.artists(), c, cache, null)).hasMessage("clock");
    }

    /** What the cache hears from a change made by the listener: the row's names, its partitioned ones in theirs. */
    private static Set<String> droppedBy(Mutation row) {
        Set<String> names = new HashSet<>(row.droppedQueryNames());
        row.droppedInPartitionNames().forEach(name -> names.add(name + "@" + CachedQueries.EVERYONE.name()));
        return names;
    }

    private static TrackChanges titled(String title) {
        return new TrackChanges(title, null, null, null, null, null, null, null);
    }

}
