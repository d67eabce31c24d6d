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

    /** What the cache hears from a change made by nobody in particular: the row's names, partitioned ones whole. */
    private static Set<String> droppedBy(Mutation row) {
        Set<String> names = new HashSet<>(row.droppedQueryNames());
        names.addAll(row.droppedInPartitionNames());
        return names;
    }

    private static TrackChanges titled(String title) {
        return new TrackChanges(title, null, null, null, null, null, null, null);
    }

}
