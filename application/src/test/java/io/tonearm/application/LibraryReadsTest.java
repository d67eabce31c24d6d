package io.tonearm.application;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.ChartEntry;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.TitleAndArtist;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The library's reads: what they answer, and that a repeated read is answered by the cache. */
class LibraryReadsTest {
    private final LibraryFixture fixture = new LibraryFixture();
    private final Library library = fixture.library;

    @Test
    void tracksById_takeAnyNumberOfIds_askedAtMostMaxLookupsAtATime_eachOnce() {
        List<TrackId> ids = new java.util.ArrayList<>();
        for (int i = 0; i <= TrackQueries.MAX_LOOKUPS; i++) {
            ids.add(fixture.catalog.add(io.tonearm.application.fakes.NewTrackBuilder.aTrack()
                    .path("/music/many/" + i + ".flac").build()).id());
        }
        ids.add(ids.get(0));
        ids.add(new TrackId(987_654));

        java.util.Map<TrackId, Track> found = library.getTracksById(ids);

        assertThat(found).hasSize(TrackQueries.MAX_LOOKUPS + 1).doesNotContainKey(new TrackId(987_654));
        assertThat(found.get(ids.get(TrackQueries.MAX_LOOKUPS)).id()).isEqualTo(ids.get(TrackQueries.MAX_LOOKUPS));
    }

    @Test
    void aTrackReadTwice_isLoadedOnce() {
        Track track = fixture.stored();

        assertThat(library.getTrack(track.id())).contains(track);
        assertThat(library.getTrack(track.id())).contains(track);

        assertThat(fixture.cache.loads(CachedQueries.TRACK)).isEqualTo(1);
    }

    @Test
    void anUnknownTrack_isEmpty_andNotKept() {
        assertThat(library.getTrack(TrackId.of(99))).isEmpty();

        Track track = fixture.stored();
        assertThat(library.getTrack(track.id())).contains(track);
    }

    @Test
    void allTracks_areInTheOrderAdded_withTheirTotal() {
        Track first = fixture.stored();
        Track second = fixture.stored();
        Track third = fixture.stored();

        Page<Track> page = library.getAllTracks(PageRequest.first(2));

        assertThat(page.items()).containsExactly(first, second);
        assertThat(page.total()).isEqualTo(3);
        assertThat(library.getAllTracks(PageRequest.of(2, 2)).items()).containsExactly(third);
    }

    @Test
    void pagesOfDifferentOffsetLimitOrCursor_areCachedApart() {
        List<Track> stored = IntStream.range(0, 4).mapToObj(i -> fixture.stored()).toList();

        library.getAllTracks(PageRequest.of(0, 2));

        assertThat(library.getAllTracks(PageRequest.of(1, 2)).items()).containsExactly(stored.get(1), stored.get(2));
        assertThat(library.getAllTracks(PageRequest.of(0, 3)).items()).hasSize(3);
        assertThat(library.getAllTracks(new PageRequest(0, 2, "cursor")).items()).hasSize(2);
        assertThat(fixture.cache.size(CachedQueries.ALL_TRACKS)).isEqualTo(4);
    }

    @Test
    void aListedTrack_isFilledFromItsOwnCachedEntry() {
        Track track = fixture.stored();
        library.getTrack(track.id());

        library.getAllTracks(PageRequest.first(10));

        assertThat(fixture.cache.loads(CachedQueries.TRACK)).isEqualTo(1);
    }

    @Test
    void aTrackDeletedBehindACachedList_isLeftOutOfTheList() {
        Track kept = fixture.stored();
        Track gone = fixture.stored();
        library.getAllTracks(PageRequest.first(10));
        fixture.cache.invalidate(CachedQueries.TRACK, CacheInvalidator.trackKey(gone.id()));
        fixture.catalog.delete(gone.id());

        assertThat(library.getAllTracks(PageRequest.first(10)).items()).containsExactly(kept);
    }

    @Test
    void aListOfNoTracks_asksTheStoreForNoTrack() {
        Page<Track> page = fixture.as(1).getFavoriteTracks(PageRequest.first(10));

        assertThat(page.items()).isEmpty();
        assertThat(fixture.cache.loads(CachedQueries.TRACK)).isZero();
    }

    @Test
    void searches_matchEveryWord_andAreCachedPerText() {
        Track blue = fixture.stored(aTrack().title("Blue in Green").artists("Miles Davis"));
        fixture.stored(aTrack().title("So What").artists("Miles Davis"));

        assertThat(library.searchTracks(new SearchQuery("miles blue"), PageRequest.first(10)).items())
                .containsExactly(blue);
        assertThat(library.searchTracks(new SearchQuery("miles"), PageRequest.first(10)).items()).hasSize(2);
        assertThat(fixture.cache.size(CachedQueries.SEARCH_TRACKS)).isEqualTo(2);
    }

    @Test
    void favoritesRecentAndPopular_listTheTracksTheirOrderSays() {
        Track once = fixture.stored();
        Track twice = fixture.stored();
        fixture.stored();
        UserId listener = new UserId(1);
        fixture.catalog.annotations().setFavorite(listener, twice.id(), true, fixture.clock.instant());
        fixture.catalog.record(listener, new PlayEvent(twice.id(), fixture.clock.instant().minusSeconds(60)));
        fixture.catalog.record(listener, new PlayEvent(twice.id(), fixture.clock.instant().minusSeconds(50)));
        fixture.catalog.record(listener, new PlayEvent(once.id(), fixture.clock.instant().minusSeconds(10)));
        ListenerLibrary library = fixture.as(1);

        assertThat(ids(library.getFavoriteTracks(PageRequest.first(10)))).containsExactly(twice.id());
        assertThat(ids(library.getRecentTracks(PageRequest.first(10)))).containsExactly(once.id(), twice.id());
        assertThat(ids(library.getPopularTracks(PageRequest.first(10)))).containsExactly(twice.id(), once.id());
        assertThat(ids(fixture.as(2).getFavoriteTracks(PageRequest.first(10)))).isEmpty();
    }

    @Test
    void anAlbumsTracks_areByDiscAndNumber_andCachedPerAlbum() {
        Track second = fixture.stored(aTrack().album("A").number(1, 2));
        Track first = fixture.stored(aTrack().album("A").number(1, 1));
        Track other = fixture.stored(aTrack().album("B"));

        assertThat(library.getAlbumTracks(first.albumId(), PageRequest.first(10)).items())
                .containsExactly(first, second);
        assertThat(library.getAlbumTracks(other.albumId(), PageRequest.first(10)).items()).containsExactly(other);
        assertThat(fixture.cache.size(CachedQueries.ALBUM_TRACKS)).isEqualTo(2);
    }

    @Test
    void theChart_countsPlaysWithinTheWindowOnly_mostPlayedFirst() {
        Track old = fixture.stored();
        Track recent = fixture.stored();
        fixture.catalog.record(new PlayEvent(old.id(), fixture.clock.instant().minus(Duration.ofDays(10))));
        fixture.catalog.record(new PlayEvent(old.id(), fixture.clock.instant().minus(Duration.ofDays(9))));
        fixture.catalog.record(new PlayEvent(recent.id(), fixture.clock.instant().minus(Duration.ofDays(1))));

        Page<ChartEntry> week = library.getChart(Duration.ofDays(7), PageRequest.first(10));
        Page<ChartEntry> month = library.getChart(Duration.ofDays(30), PageRequest.first(10));

        assertThat(week.items()).extracting(ChartEntry::track).extracting(Track::id).containsExactly(recent.id());
        assertThat(month.items()).extracting(ChartEntry::plays).containsExactly(2L, 1L);
        assertThat(month.items().get(0).track().id()).isEqualTo(old.id());
    }

    @Test
    void theChart_leavesOutATrackDeletedSinceItWasCached() {
        Track kept = fixture.stored();
        Track gone = fixture.stored();
        fixture.catalog.record(new PlayEvent(kept.id(), fixture.clock.instant()));
        fixture.catalog.record(new PlayEvent(gone.id(), fixture.clock.instant()));
        library.getChart(Duration.ofDays(7), PageRequest.first(10));
        fixture.catalog.delete(gone.id());
        fixture.cache.invalidate(CachedQueries.TRACK, CacheInvalidator.trackKey(gone.id()));

        Page<ChartEntry> chart = library.getChart(Duration.ofDays(7), PageRequest.first(10));

        assertThat(chart.items()).extracting(entry -> entry.track().id()).containsExactly(kept.id());
        assertThat(chart.total()).isEqualTo(2);
    }

    @Test
    void theChartWindow_mustBeOneDayToTheLongestWindow() {
        PageRequest page = PageRequest.first(10);

        assertThat(library.getChart(Duration.ofDays(1), page).items()).isEmpty();
        assertThat(library.getChart(TrackQueries.MAX_CHART_WINDOW, page).items()).isEmpty();
        assertThatThrownBy(() -> library.getChart(Duration.ofDays(1).minusSeconds(1), page))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("days must be between 1 and 3660");
        assertThatThrownBy(() -> library.getChart(TrackQueries.MAX_CHART_WINDOW.plusSeconds(1), page))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("but was 3660");
        assertThatThrownBy(() -> library.getChart(null, page))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("but was null");
    }

    @Test
    void chartsOfDifferentWindows_areCachedApart() {
        library.getChart(Duration.ofDays(7), PageRequest.first(10));
        library.getChart(Duration.ofDays(30), PageRequest.first(10));

        assertThat(fixture.cache.size(CachedQueries.CHART)).isEqualTo(2);
    }

    @Test
    void lookups_answerTheMatchingTracksInTheStoresOrder() {
        Track so = fixture.stored(aTrack().title("So What").artists("Miles Davis", "Bill Evans"));
        fixture.stored(aTrack().title("So What").artists("Someone Else"));
        Track blue = fixture.stored(aTrack().title("Blue in Green").artists("Bill Evans"));

        List<Track> found = library.findTracks(List.of(new TitleAndArtist("blue in green", "bill evans"),
                new TitleAndArtist("So What", "Bill Evans")));

        assertThat(found).containsExactly(so, blue);
    }

    @Test
    void lookups_areCachedPerListOfPairs() {
        fixture.stored(aTrack().title("A").artists("X"));

        library.findTracks(List.of(new TitleAndArtist("A", "X")));
        library.findTracks(List.of(new TitleAndArtist("A", "X")));
        library.findTracks(List.of(new TitleAndArtist("A", "Y")));

        assertThat(fixture.cache.size(CachedQueries.FOUND_TRACKS)).isEqualTo(2);
        assertThat(fixture.cache.loads(CachedQueries.FOUND_TRACKS)).isEqualTo(2);
    }

    @Test
    void noLookup_findsNothing_withoutAskingTheStore() {
        assertThat(library.findTracks(List.of())).isEmpty();
        assertThat(fixture.cache.loads(CachedQueries.FOUND_TRACKS)).isZero();
    }

    @Test
    void lookups_takeAtMostTheLimitAtOnce() {
        List<TitleAndArtist> most = new ArrayList<>(Collections.nCopies(TrackQueries.MAX_LOOKUPS,
                new TitleAndArtist("A", "X")));
        assertThat(library.findTracks(most)).isEmpty();

        most.add(new TitleAndArtist("B", "X"));
        assertThatThrownBy(() -> library.findTracks(most)).isInstanceOf(InvalidValueException.class)
                .hasMessage("at most 500 lookups at once but got 501");
    }

    @Test
    void albumsAndArtists_areReadThroughTheCache() {
        Track track = fixture.stored(aTrack().album("Kind of Blue").artists("Miles Davis").year(1959));
        AlbumId album = track.albumId();

        assertThat(library.getAlbum(album)).hasValueSatisfying(found -> {
            assertThat(found.title()).isEqualTo("Kind of Blue");
            assertThat(found.year()).isEqualTo(1959);
        });
        library.getAlbum(album);
        ArtistId artist = library.getAllArtists(PageRequest.first(10)).items().get(0).id();
        assertThat(library.getArtist(artist)).hasValueSatisfying(found ->
                assertThat(found.name()).isEqualTo("Miles Davis"));
        library.getArtist(artist);

        assertThat(fixture.cache.loads(CachedQueries.ALBUM)).isEqualTo(1);
        assertThat(fixture.cache.loads(CachedQueries.ARTIST)).isEqualTo(1);
    }

    @Test
    void unknownAlbumsAndArtists_areEmpty() {
        assertThat(library.getAlbum(AlbumId.of(5))).isEmpty();
        assertThat(library.getArtist(new ArtistId(5))).isEmpty();
    }

    @Test
    void albumListsAndSearches_answerWhatTheStoreHas() {
        fixture.stored(aTrack().album("Kind of Blue").artists("Miles Davis"));
        fixture.stored(aTrack().album("Waltz for Debby").artists("Bill Evans"));

        assertThat(library.getAllAlbums(PageRequest.first(10)).items()).extracting("title")
                .containsExactly("Kind of Blue", "Waltz for Debby");
        assertThat(library.searchAlbums(new SearchQuery("waltz"), PageRequest.first(10)).items()).extracting("title")
                .containsExactly("Waltz for Debby");
        ArtistId bill = library.searchArtists(new SearchQuery("bill"), PageRequest.first(10)).items().get(0).id();
        assertThat(library.getArtistAlbums(bill, PageRequest.first(10)).items()).extracting("title")
                .containsExactly("Waltz for Debby");
        assertThat(library.getAllArtists(PageRequest.first(10)).items()).extracting("name")
                .containsExactly("Bill Evans", "Miles Davis");
    }

    @Test
    void albumAndArtistQueries_areCachedPerArgument() {
        fixture.stored(aTrack().album("Kind of Blue").artists("Miles Davis"));
        library.searchAlbums(new SearchQuery("kind"), PageRequest.first(10));
        library.searchAlbums(new SearchQuery("blue"), PageRequest.first(10));
        library.searchArtists(new SearchQuery("miles"), PageRequest.first(10));
        library.searchArtists(new SearchQuery("davis"), PageRequest.first(10));
        library.getArtistAlbums(new ArtistId(1), PageRequest.first(10));
        library.getArtistAlbums(new ArtistId(2), PageRequest.first(10));

        assertThat(fixture.cache.size(CachedQueries.SEARCH_ALBUMS)).isEqualTo(2);
        assertThat(fixture.cache.size(CachedQueries.SEARCH_ARTISTS)).isEqualTo(2);
        assertThat(fixture.cache.size(CachedQueries.ARTIST_ALBUMS)).isEqualTo(2);
    }

    private static List<TrackId> ids(Page<Track> page) {
        return page.items().stream().map(Track::id).toList();
    }
}
