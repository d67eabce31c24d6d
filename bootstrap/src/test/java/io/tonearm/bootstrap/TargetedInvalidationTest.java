package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.application.ListenerLibrary;
import io.tonearm.application.Listeners;
import io.tonearm.application.users.UserAccounts;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.QueryStatistics;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The invalidation table at work on the real stack (MariaDB, Caffeine, the wired Library): after each change the
 * queries it must keep are answered from the cache (their hit counter grows) and still show the new facts, and
 * the queries it must drop are loaded again (their miss counter grows).
 */
class TargetedInvalidationTest extends FullStackTest {
    private static final AtomicLong PATHS = new AtomicLong();
    private static final PageRequest FIRST = PageRequest.first(20);
    private static final SearchQuery SEARCH = new SearchQuery("song");

    private ListenerLibrary library;
    private QueryCache cache;
    private Track first;

    @BeforeEach
    void catalogOfThreeTracks_allQueriesWarm() {
        UserId admin = tonearm.injector().getInstance(UserAccounts.class).findUserByName(UserName.of(Api.ADMIN))
                .orElseThrow().id();
        library = tonearm.injector().getInstance(Listeners.class).of(admin);
        cache = tonearm.injector().getInstance(QueryCache.class);
        first = library.addTrack(track("Song One"));
        library.addTrack(track("Song Two"));
        library.addTrack(track("Song Three"));
        library.recordTrackPlay(first.id(), Instant.now().minusSeconds(60));
        warmEveryList();
    }

    @Test
    void favoritingATrack_keepsAllTracksSearchRecentPopularAndTheTrackCached_andTheyShowTheNewFlag() {
        Snapshot before = Snapshot.of(cache);

        library.setTrackFavorite(first.id(), true);
        Track inAll = library.getAllTracks(FIRST).items().get(0);
        Track inSearch = library.searchTracks(SEARCH, FIRST).items().stream()
                .filter(t -> t.id().equals(first.id())).findFirst().orElseThrow();
        Track inRecent = library.getRecentTracks(FIRST).items().get(0);
        Track inPopular = library.getPopularTracks(FIRST).items().get(0);
        List<Track> favorites = library.getFavoriteTracks(FIRST).items();

        Snapshot after = Snapshot.of(cache);
        for (String kept : List.of("tracks.all", "tracks.search", "tracks.recent", "tracks.popular")) {
            assertThat(after.hits(kept) - before.hits(kept)).as(kept + " answered from the cache").isEqualTo(1);
            assertThat(after.misses(kept)).as(kept + " not reloaded").isEqualTo(before.misses(kept));
        }
        assertThat(after.misses("tracks.favorites") - before.misses("tracks.favorites")).isEqualTo(1);
        assertThat(after.misses("track.byId")).as("the shared track entry is kept").isEqualTo(before.misses("track.byId"));
        assertThat(after.misses("annotations.byTrack")).as("the listener's annotation, reloaded by the change")
                .isEqualTo(before.misses("annotations.byTrack"));
        assertThat(List.of(inAll, inSearch, inRecent, inPopular)).allSatisfy(t -> assertThat(t.favorite()).isTrue());
        assertThat(favorites).extracting(Track::id).containsExactly(first.id());
    }

    @Test
    void playingATrack_dropsRecentPopularAndCharts_keepsAllTracksAndSearchCached() {
        Track second = library.getAllTracks(FIRST).items().get(1);
        Snapshot before = Snapshot.of(cache);

        library.recordTrackPlay(second.id(), Instant.now());
        List<Track> all = library.getAllTracks(FIRST).items();
        library.searchTracks(SEARCH, FIRST);
        List<Track> recent = library.getRecentTracks(FIRST).items();
        library.getPopularTracks(FIRST);
        long chartPlays = library.getChart(Duration.ofDays(7), FIRST).items().stream()
                .filter(e -> e.track().id().equals(second.id())).findFirst().orElseThrow().plays();

        Snapshot after = Snapshot.of(cache);
        for (String kept : List.of("tracks.all", "tracks.search")) {
            assertThat(after.misses(kept)).as(kept + " not reloaded").isEqualTo(before.misses(kept));
        }
        for (String dropped : List.of("tracks.recent", "tracks.popular", "tracks.chart")) {
            assertThat(after.misses(dropped) - before.misses(dropped)).as(dropped + " reloaded").isEqualTo(1);
        }
        assertThat(after.misses("track.byId")).as("the shared track entry is kept").isEqualTo(before.misses("track.byId"));
        assertThat(after.misses("annotations.byTrack")).as("the listener's annotation, reloaded by the change")
                .isEqualTo(before.misses("annotations.byTrack"));
        assertThat(recent.get(0).id()).isEqualTo(second.id());
        assertThat(all.get(1).playCount()).as("the cached all-tracks page shows the new count").isEqualTo(1);
        assertThat(chartPlays).isEqualTo(1);
    }

    @Test
    void retitlingATrack_dropsSearches_keepsAllTracksCachedWithTheNewTitle() {
        Snapshot before = Snapshot.of(cache);

        library.updateTrack(first.id(), new TrackChanges("Renamed", null, null, null, null, null, null, null));
        Track inAll = library.getAllTracks(FIRST).items().get(0);
        List<Track> songs = library.searchTracks(SEARCH, FIRST).items();

        Snapshot after = Snapshot.of(cache);
        assertThat(after.misses("tracks.all")).isEqualTo(before.misses("tracks.all"));
        assertThat(after.misses("tracks.search") - before.misses("tracks.search")).isEqualTo(1);
        assertThat(after.misses("track.byId")).as("the changed track, reloaded by the change, fills the lists")
                .isEqualTo(before.misses("track.byId"));
        assertThat(inAll.title()).isEqualTo("Renamed");
        assertThat(songs).extracting(Track::id).doesNotContain(first.id()).hasSize(2);
    }

    @Test
    void retitlingATrack_keepsAlbumAndArtistReadsCached_whileMovingItToAnotherAlbumDropsThem() {
        library.getAllAlbums(FIRST);
        library.getAllArtists(FIRST);
        Snapshot before = Snapshot.of(cache);

        library.updateTrack(first.id(), new TrackChanges("Renamed", null, null, null, 7, null, null, "Jazz"));
        List<io.tonearm.domain.Album> albums = library.getAllAlbums(FIRST).items();
        List<io.tonearm.domain.Artist> artists = library.getAllArtists(FIRST).items();

        Snapshot afterRetitle = Snapshot.of(cache);
        assertThat(afterRetitle.misses("albums.all")).isEqualTo(before.misses("albums.all"));
        assertThat(afterRetitle.misses("artists.all")).isEqualTo(before.misses("artists.all"));
        // what the cache answered is what the database holds now
        invalidateEverything();
        assertThat(library.getAllAlbums(FIRST).items()).isEqualTo(albums);
        assertThat(library.getAllArtists(FIRST).items()).isEqualTo(artists);

        Snapshot beforeMove = Snapshot.of(cache);
        library.updateTrack(first.id(), new TrackChanges(null, null, "Another Album", null, null, null, null, null));
        List<io.tonearm.domain.Album> moved = library.getAllAlbums(FIRST).items();

        assertThat(Snapshot.of(cache).misses("albums.all") - beforeMove.misses("albums.all")).isEqualTo(1);
        assertThat(moved).extracting(io.tonearm.domain.Album::title).contains("Album", "Another Album");
    }

    private void invalidateEverything() {
        cache.invalidateAll();
    }

    @Test
    void addingATrack_dropsAllTracks_keepsFavoritesRecentAndPopularCached() {
        Snapshot before = Snapshot.of(cache);

        library.addTrack(track("Song Four"));
        long total = library.getAllTracks(FIRST).total();
        library.getFavoriteTracks(FIRST);
        library.getRecentTracks(FIRST);
        library.getPopularTracks(FIRST);

        Snapshot after = Snapshot.of(cache);
        assertThat(total).isEqualTo(4);
        assertThat(after.misses("tracks.all") - before.misses("tracks.all")).isEqualTo(1);
        for (String kept : List.of("tracks.favorites", "tracks.recent", "tracks.popular")) {
            assertThat(after.misses(kept)).as(kept + " not reloaded").isEqualTo(before.misses(kept));
        }
    }

    @Test
    void deletingATrack_removesItFromEveryCachedList() {
        library.deleteTrack(first.id());

        assertThat(library.getAllTracks(FIRST).items()).extracting(Track::id).doesNotContain(first.id());
        assertThat(library.getRecentTracks(FIRST).items()).isEmpty();
        assertThat(library.getPopularTracks(FIRST).items()).isEmpty();
        assertThat(library.searchTracks(SEARCH, FIRST).total()).isEqualTo(2);
        assertThat(library.getTrack(first.id())).isEmpty();
    }

    private void warmEveryList() {
        library.getAllTracks(FIRST);
        library.searchTracks(SEARCH, FIRST);
        library.getFavoriteTracks(FIRST);
        library.getRecentTracks(FIRST);
        library.getPopularTracks(FIRST);
        library.getChart(Duration.ofDays(7), FIRST);
    }

    private static NewTrack track(String title) {
        return new NewTrack("/music/invalidation/" + PATHS.incrementAndGet() + ".flac", title, List.of("Band"),
                "Album", null, null, null, 2020, null, Duration.ofSeconds(200), 900, 44_100, "FLAC", 1_000,
                Instant.parse("2024-01-01T00:00:00Z"), null);
    }

    /** The per-query counters at one moment. */
    private record Snapshot(List<QueryStatistics> queries) {
        static Snapshot of(QueryCache cache) {
            return new Snapshot(cache.statistics().queries());
        }

        long hits(String query) {
            return find(query).hits();
        }

        long misses(String query) {
            return find(query).misses();
        }

        private QueryStatistics find(String query) {
            return queries.stream().filter(q -> q.query().equals(query)).findFirst()
                    .orElse(new QueryStatistics(query, 0, 0, 0, 0, 0));
        }
    }
}
