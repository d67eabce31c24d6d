package io.tonearm.application;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.ChartEntry;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.TitleAndArtist;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Each listener's own library: their favorites and plays, cached and dropped in their partition only. */
class ListenerLibraryTest {
    private static final PageRequest PAGE = PageRequest.first(10);
    private static final Duration WEEK = Duration.ofDays(7);

    private final LibraryFixture fixture = new LibraryFixture();
    private final ListenerLibrary ann = fixture.as(1);
    private final ListenerLibrary bob = fixture.as(2);

    @Test
    void aFavorite_isTheListenersOwn_inEveryAnswerOfTheirs_andNobodyElses() {
        Track track = fixture.stored();

        assertThat(ann.setTrackFavorite(track.id(), true)).isTrue();

        assertThat(ann.getTrack(track.id()).orElseThrow().favorite()).isTrue();
        assertThat(ann.getAllTracks(PAGE).items()).extracting(Track::favorite).containsExactly(true);
        assertThat(ann.getFavoriteTracks(PAGE).items()).extracting(Track::id).containsExactly(track.id());
        assertThat(bob.getTrack(track.id()).orElseThrow().favorite()).isFalse();
        assertThat(bob.getAllTracks(PAGE).items()).extracting(Track::favorite).containsExactly(false);
        assertThat(bob.getFavoriteTracks(PAGE).items()).isEmpty();
    }

    @Test
    void aFavoriteTrackReadAgain_isTheSameInstance_untilTheListenersAnnotationChanges() {
        Track track = fixture.stored();
        ann.setTrackFavorite(track.id(), true);

        Track first = ann.getAllTracks(PAGE).items().get(0);
        Track again = ann.getAllTracks(PAGE).items().get(0);
        ann.recordTrackPlay(track.id(), fixture.clock.instant());
        Track played = ann.getAllTracks(PAGE).items().get(0);

        assertThat(first.favorite()).isTrue();
        assertThat(again).as("what is kept per instance downstream serves a listener with favorites").isSameAs(first);
        assertThat(played).isNotSameAs(first);
        assertThat(played.playCount()).isEqualTo(1);
        assertThat(ann.getAllTracks(PAGE).items().get(0)).isSameAs(played);
    }

    @Test
    void aFavorite_dropsOnlyTheListenersFavorites_andKeepsSharedListsAndOthersCached() {
        Track track = fixture.stored();
        ann.getAllTracks(PAGE);
        ann.getFavoriteTracks(PAGE);
        bob.getAllTracks(PAGE);
        bob.getFavoriteTracks(PAGE);
        long bobsAnnotationLoads = fixture.cache.loads(CachedQueries.ANNOTATIONS);

        ann.setTrackFavorite(track.id(), true);

        assertThat(fixture.cache.droppedNames()).containsExactly("tracks.favorites@user-1");
        assertThat(fixture.cache.holds(CachedQueries.FAVORITE_TRACKS.in(CachePartition.of("user-2")),
                LibraryService.pageKey(PAGE))).isTrue();
        assertThat(fixture.cache.holds(CachedQueries.ANNOTATIONS.in(CachePartition.of("user-2")),
                CacheInvalidator.trackKey(track.id()))).isTrue();
        // ann's annotation of the track is loaded again at once; the shared track list and entry are kept
        assertThat(fixture.cache.holds(CachedQueries.ANNOTATIONS.in(CachePartition.of("user-1")),
                CacheInvalidator.trackKey(track.id()))).isTrue();
        assertThat(fixture.cache.loads(CachedQueries.ANNOTATIONS)).isEqualTo(bobsAnnotationLoads + 1);
        ann.getAllTracks(PAGE);
        bob.getAllTracks(PAGE);
        assertThat(fixture.cache.loads(CachedQueries.ALL_TRACKS)).isEqualTo(1);
        assertThat(fixture.cache.loads(CachedQueries.TRACK)).isEqualTo(1);
        assertThat(fixture.cache.loads(CachedQueries.ANNOTATIONS)).isEqualTo(bobsAnnotationLoads + 1);
    }

    @Test
    void unstarring_takesTheTrackOffTheListenersFavorites() {
        Track track = fixture.stored();
        ann.setTrackFavorite(track.id(), true);
        ann.getFavoriteTracks(PAGE);

        ann.setTrackFavorite(track.id(), false);

        assertThat(ann.getFavoriteTracks(PAGE).items()).isEmpty();
        assertThat(ann.getTrack(track.id()).orElseThrow().favorite()).isFalse();
    }

    @Test
    void aFavoriteOfAnUnknownTrack_isFalse_andDropsNothing() {
        assertThat(ann.setTrackFavorite(TrackId.of(7), true)).isFalse();
        assertThat(fixture.cache.droppedNames()).isEmpty();
    }

    @Test
    void aPlay_countsForTheListener_inTheirListsAndOwnChart_andInTheServersChart() {
        Track track = fixture.stored();
        ann.getRecentTracks(PAGE);
        ann.getPopularTracks(PAGE);
        ann.getOwnChart(WEEK, PAGE);
        bob.getChart(WEEK, PAGE);
        bob.getOwnChart(WEEK, PAGE);

        Track played = ann.recordTrackPlay(track.id(), fixture.clock.instant()).orElseThrow();

        assertThat(played.playCount()).isEqualTo(1);
        assertThat(played.lastPlayedAt()).isEqualTo(fixture.clock.instant());
        assertThat(ann.getTrack(track.id())).contains(played);
        assertThat(ann.getRecentTracks(PAGE).items()).containsExactly(played);
        assertThat(ann.getPopularTracks(PAGE).items()).containsExactly(played);
        assertThat(ann.getOwnChart(WEEK, PAGE).items()).containsExactly(new ChartEntry(played, 1));
        assertThat(bob.getChart(WEEK, PAGE).items()).extracting(ChartEntry::plays).containsExactly(1L);
        assertThat(bob.getChart(WEEK, PAGE).items()).extracting(entry -> entry.track().playCount()).containsExactly(0L);
        assertThat(bob.getOwnChart(WEEK, PAGE).items()).isEmpty();
        assertThat(bob.getRecentTracks(PAGE).items()).isEmpty();
        assertThat(fixture.cache.droppedNames()).containsExactlyInAnyOrder("tracks.chart", "tracks.recent@user-1",
                "tracks.popular@user-1", "tracks.chart.own@user-1");
    }

    @Test
    void theServersChart_answersEachListenerWithTheirOwnCounts() {
        Track track = fixture.stored();
        ann.recordTrackPlay(track.id(), fixture.clock.instant());
        bob.recordTrackPlay(track.id(), fixture.clock.instant());
        bob.recordTrackPlay(track.id(), fixture.clock.instant());

        ChartEntry asAnn = ann.getChart(WEEK, PAGE).items().get(0);
        ChartEntry asBob = bob.getChart(WEEK, PAGE).items().get(0);

        assertThat(asAnn.plays()).isEqualTo(3);
        assertThat(asAnn.track().playCount()).isEqualTo(1);
        assertThat(asBob.track().playCount()).isEqualTo(2);
        assertThat(ann.getOwnChart(WEEK, PAGE).items()).extracting(ChartEntry::plays).containsExactly(1L);
    }

    @Test
    void aPlayOfAnUnknownTrack_isEmpty_andDropsNothing() {
        assertThat(ann.recordTrackPlay(TrackId.of(7), fixture.clock.instant())).isEmpty();
        assertThat(fixture.cache.droppedNames()).isEmpty();
    }

    @Test
    void aPlay_mayBeStampedUpToFiveMinutesAhead_notMore() {
        Track track = fixture.stored();
        Instant latest = fixture.clock.instant().plus(Duration.ofMinutes(5));

        assertThat(ann.recordTrackPlay(track.id(), latest)).isPresent();
        assertThatThrownBy(() -> ann.recordTrackPlay(track.id(), latest.plusNanos(1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("playedAt must not be in the future but was " + latest.plusNanos(1));
        assertThatThrownBy(() -> ann.recordTrackPlay(track.id(), null)).isInstanceOf(InvalidValueException.class)
                .hasMessage("playedAt is required");
        assertThat(ann.getTrack(track.id()).orElseThrow().playCount()).isEqualTo(1);
    }

    @Test
    void theOwnChart_takesTheServersWindows() {
        assertThatThrownBy(() -> ann.getOwnChart(Duration.ofHours(23), PAGE)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("days must be between 1 and 3660");
        assertThatThrownBy(() -> ann.getOwnChart(TrackQueries.MAX_CHART_WINDOW.plusDays(1), PAGE))
                .isInstanceOf(InvalidValueException.class);
        assertThat(ann.getOwnChart(TrackQueries.MAX_CHART_WINDOW, PAGE).items()).isEmpty();
    }

    @Test
    void catalogChanges_answerTheChangedTrackAsTheListenerSeesIt() {
        Track track = fixture.stored();
        ann.setTrackFavorite(track.id(), true);

        Track renamed = ann.updateTrack(track.id(), new TrackChanges("Renamed", null, null, null, null, null, null,
                null)).orElseThrow();
        Track added = ann.addTrack(aTrack().title("Added").build());

        assertThat(renamed.favorite()).isTrue();
        assertThat(renamed.title()).isEqualTo("Renamed");
        assertThat(added.favorite()).isFalse();
        assertThat(ann.getTracks(List.of(added.id(), track.id()))).extracting(Track::favorite)
                .containsExactly(false, true);
        assertThat(ann.getAlbumTracks(track.albumId(), PAGE).items()).extracting(Track::favorite).contains(true);
        assertThat(ann.addTracks(List.of(aTrack().build()))).isEqualTo(1);
        assertThat(ann.deleteTrack(track.id())).isTrue();
        assertThat(ann.getFavoriteTracks(PAGE).items()).isEmpty();
        assertThat(ann.listener()).isEqualTo(new UserId(1));
    }

    @Test
    void getTracks_keepsTheOrderAndLeavesUnknownIdsOut_upToTheLookupLimit() {
        Track first = fixture.stored();
        Track second = fixture.stored();

        assertThat(ann.getTracks(List.of(second.id(), TrackId.of(99), first.id()))).extracting(Track::id)
                .containsExactly(second.id(), first.id());
        List<TrackId> tooMany = LongStream.rangeClosed(1, TrackQueries.MAX_LOOKUPS + 1).mapToObj(TrackId::of).toList();
        assertThatThrownBy(() -> ann.getTracks(tooMany)).isInstanceOf(InvalidValueException.class)
                .hasMessage("at most 500 ids at once but got 501");
    }

    @Test
    void annotationsOfTracksNeverTouched_areCachedAsNone_soASecondReadLoadsNothing() {
        fixture.stored();
        fixture.stored();
        ann.getAllTracks(PAGE);
        long loads = fixture.cache.loads(CachedQueries.ANNOTATIONS);

        ann.getAllTracks(PAGE);

        assertThat(loads).isEqualTo(1);
        assertThat(fixture.cache.loads(CachedQueries.ANNOTATIONS)).isEqualTo(loads);
        assertThat(fixture.cache.size(CachedQueries.ANNOTATIONS.in(CachePartition.of("user-1")))).isEqualTo(2);
    }

    @Test
    void missingArguments_areRefusedByName() {
        var c = fixture.catalog;
        var cache = fixture.cache;
        var clock = fixture.clock;
        Library library = fixture.library;
        assertThatThrownBy(() -> ann.setTrackFavorite(null, true)).hasMessage("id");
        assertThatThrownBy(() -> ann.recordTrackPlay(null, Instant.EPOCH)).hasMessage("id");
        assertThatThrownBy(() -> fixture.listeners.of(null)).hasMessage("listener");
        assertThatThrownBy(() -> library.getTracks(null)).hasMessage("ids");
        assertThatThrownBy(() -> Listeners.create(null, c.annotations(), c, cache, ChangeLog.NONE, clock))
                .hasMessage("catalog");
        assertThatThrownBy(() -> Listeners.create(library, null, c, cache, ChangeLog.NONE, clock))
                .hasMessage("annotations");
        assertThatThrownBy(() -> Listeners.create(library, c.annotations(), null, cache, ChangeLog.NONE, clock))
                .hasMessage("plays");
        assertThatThrownBy(() -> Listeners.create(library, c.annotations(), c, null, ChangeLog.NONE, clock))
                .hasMessage("cache");
        assertThatThrownBy(() -> Listeners.create(library, c.annotations(), c, cache, null, clock))
                .hasMessage("changes");
        assertThatThrownBy(() -> Listeners.create(library, c.annotations(), c, cache, ChangeLog.NONE, null))
                .hasMessage("clock");
    }

    @Test
    void everyCatalogRead_isTheSharedLibrarys_completedWithTheListenersAnnotations() {
        Track track = fixture.stored(aTrack().title("Old Song").artists("Artist").album("Kind of Blue"));
        ann.recordTrackPlay(track.id(), fixture.clock.instant());
        Library shared = fixture.library;
        AlbumId album = track.albumId();
        ArtistId artist = shared.getAllArtists(PAGE).items().get(0).id();
        List<Function<Library, Object>> unannotated = List.of(l -> l.getAlbum(album), l -> l.getAllAlbums(PAGE),
                l -> l.searchAlbums(new SearchQuery("kind"), PAGE), l -> l.getArtistAlbums(artist, PAGE),
                l -> l.getArtist(artist), l -> l.getAllArtists(PAGE), l -> l.searchArtists(new SearchQuery("art"), PAGE));
        for (Function<Library, Object> read : unannotated) {
            Object answer = read.apply(ann);
            assertThat(answer).isEqualTo(read.apply(shared));
            assertThat(answer.toString()).doesNotContain("[]", "Optional.empty");
        }
        Track played = track.withAnnotation(ann.getTrack(track.id()).map(t -> new TrackAnnotation(false, null,
                t.playCount(), t.lastPlayedAt())).orElseThrow());
        assertThat(played.playCount()).isEqualTo(1);
        assertThat(ann.searchTracks(new SearchQuery("old"), PAGE).items()).containsExactly(played);
        assertThat(ann.findTracks(List.of(new TitleAndArtist("Old Song", "Artist")))).containsExactly(played);
        assertThat(ann.getAlbumTracks(album, PAGE).items()).containsExactly(played);
        assertThat(bob.searchTracks(new SearchQuery("old"), PAGE).items()).containsExactly(track);
    }

    @Test
    void aKeyOfTheAnnotationEntry_isTheTracksId() {
        assertThat(CacheInvalidator.trackKey(TrackId.of(42))).isEqualTo(CacheKey.of(42L));
    }
}
