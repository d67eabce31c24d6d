package io.tonearm.bootstrap.bench;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.adapters.cache.LocalCacheModule;
import io.tonearm.adapters.persistence.PersistenceModule;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.application.Library;
import io.tonearm.application.ListenerLibrary;
import io.tonearm.application.Listeners;
import io.tonearm.bootstrap.ForwardingQueryCache;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.port.Albums;
import io.tonearm.domain.port.Artists;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CacheStatistics;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.PlayHistory;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.QueryStatistics;
import io.tonearm.domain.port.TrackAnnotations;
import io.tonearm.domain.port.Tracks;
import io.tonearm.domain.user.NewUser;
import io.tonearm.domain.user.PasswordHash;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import io.tonearm.domain.user.Users;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A bench command, not a test: the cache hit rate of two workloads on the real stack (MariaDB, Caffeine, the
 * Library) with Tonearm's targeted invalidation table, against a baseline that clears the whole cache on every
 * change. Prints one line a workload. See docs/benchmarks.md ("Cache hit rate") for the command.
 */
public final class HitRateBench {
    private static final PageRequest FIRST = PageRequest.first(20);
    private static final AtomicInteger RUNS = new AtomicInteger();

    private HitRateBench() {
    }

    public static void main(String[] args) {
        try (TestDatabase database = TestDatabase.create()) {
            for (Workload workload : Workload.values()) {
                Result targeted = run(database, workload, false);
                Result clearAll = run(database, workload, true);
                System.out.printf("%-28s targeted %5.1f %%   clear-everything %5.1f %%   ratio %.2f×"
                                + "   loads: targeted %d, clear-everything %d%n",
                        workload.description, 100 * targeted.hitRate(), 100 * clearAll.hitRate(),
                        targeted.hitRate() / clearAll.hitRate(), targeted.loads(), clearAll.loads());
                System.out.println("  targeted, per named query (hits / requests; what missed):");
                targeted.perQuery().forEach(line -> System.out.println("    " + line));
            }
        }
    }

    /** Each workload's operations alternate between two listeners, ann and bob. */
    enum Workload {
        /** 100 operations: 90 list reads, every tenth operation a favorite toggle. */
        FAVORITE_TOGGLES("100 ops: 90 reads, 10 favs"),
        /** 50 operations: 30 reads (lists, searches, single tracks), 12 favorite toggles, 5 plays, 3 retitles. */
        MIXED("50 ops: mixed"),
        ;

        final String description;

        Workload(String description) {
            this.description = description;
        }
    }

    /**
     * A workload's hit rate, its loads from the database (a read's miss or a change's reload of the changed
     * track), and per named query its hits and requests.
     */
    private record Result(double hitRate, long loads, List<String> perQuery) {
    }

    private static Result run(TestDatabase database, Workload workload, boolean clearEverything) {
        database.truncate();
        Injector injector = Guice.createInjector(new PersistenceModule(database.settings()), new LocalCacheModule());
        try {
            QueryCache real = injector.getInstance(QueryCache.class);
            QueryCache cache = clearEverything ? new ClearEverything(real) : real;
            Library catalog = Library.create(injector.getInstance(Tracks.class), injector.getInstance(Albums.class),
                    injector.getInstance(Artists.class), injector.getInstance(PlayHistory.class), cache,
                    Clock.systemUTC());
            Listeners listeners = Listeners.create(catalog, injector.getInstance(TrackAnnotations.class),
                    injector.getInstance(PlayHistory.class), cache, ChangeLog.NONE, Clock.systemUTC());
            Users users = injector.getInstance(Users.class);
            // two listeners take turns, operation by operation: each one's favorites and plays are their own
            List<ListenerLibrary> both = List.of(listeners.of(listener(users, "ann")), listeners.of(listener(users,
                    "bob")));
            ListenerLibrary library = both.get(0);
            List<Track> tracks = seed(both);
            both.forEach(each -> reads(each, tracks, 0)); // warm every query once: the run starts from a warm cache
            CacheStatistics before = real.statistics();
            switch (workload) {
                case FAVORITE_TOGGLES -> {
                    for (int op = 0; op < 100; op++) {
                        library = both.get(op % 2);
                        if (op % 10 == 9) {
                            library.setTrackFavorite(tracks.get(op).id(), op % 20 == 9);
                        } else {
                            read(library, tracks, op);
                        }
                    }
                }
                case MIXED -> {
                    for (int op = 0; op < 50; op++) {
                        library = both.get(op % 2);
                        Track track = tracks.get(op * 3 % tracks.size());
                        switch (op % 10) {
                            case 2, 7 -> library.setTrackFavorite(track.id(), true);
                            case 4 -> library.recordTrackPlay(track.id(), Instant.now());
                            case 9 -> {
                                if (op % 20 == 9) {
                                    library.updateTrack(track.id(),
                                            new TrackChanges("Retitled " + op, null, null, null, null, null, null, null));
                                } else {
                                    library.setTrackFavorite(track.id(), false);
                                }
                            }
                            default -> read(library, tracks, op);
                        }
                    }
                }
                default -> throw new IllegalStateException(workload.name());
            }
            CacheStatistics after = real.statistics();
            return new Result(hitRate(before, after), loads(after) - loads(before), perQuery(before, after));
        } finally {
            injector.getInstance(HikariDataSource.class).close();
        }
    }

    /** A new listener for each run (the catalog is emptied between runs, the users are not). */
    private static UserId listener(Users users, String name) {
        return users.add(new NewUser(UserName.of(name + "-" + RUNS.incrementAndGet()), new PasswordHash("unused"),
                false, Instant.now())).id();
    }

    private static List<Track> seed(List<ListenerLibrary> listeners) {
        ListenerLibrary library = listeners.get(0);
        List<NewTrack> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(new NewTrack("/bench/" + i + ".flac", "Song " + i, List.of("Artist " + i % 20),
                    "Album " + i % 40, null, i % 10 + 1, 1, 2000 + i % 20, "Rock", Duration.ofSeconds(200), 900,
                    44_100, "FLAC", 1_000 + i, Instant.parse("2024-01-01T00:00:00Z"), null));
        }
        library.addTracks(batch);
        List<Track> tracks = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            tracks.addAll(library.getAllTracks(PageRequest.of(page * 20, 20)).items());
        }
        for (int i = 0; i < 10; i++) {
            listeners.get(i % 2).recordTrackPlay(tracks.get(i * 7).id(), Instant.now().minusSeconds(3600));
        }
        return tracks;
    }

    private static void reads(ListenerLibrary library, List<Track> tracks, int from) {
        for (int op = from; op < from + 12; op++) {
            read(library, tracks, op);
        }
    }

    /** The read mix of a library browser: pages of all tracks, favorites, recent, popular, searches, one track. */
    private static void read(ListenerLibrary library, List<Track> tracks, int op) {
        switch (op % 12) {
            case 0, 1, 2 -> library.getAllTracks(PageRequest.of(op % 3 * 20, 20));
            case 3 -> library.getFavoriteTracks(FIRST);
            case 4 -> library.getRecentTracks(FIRST);
            case 5 -> library.getPopularTracks(FIRST);
            case 6 -> library.searchTracks(new SearchQuery("song 1"), FIRST);
            case 7 -> library.getAllAlbums(FIRST);
            case 8 -> library.getAllArtists(FIRST);
            case 9 -> library.getChart(Duration.ofDays(7), FIRST);
            default -> library.getTrack(tracks.get(op % 5).id());
        }
    }

    /** Hits over requests of every named query between two snapshots, as the caller sees them. */
    private static double hitRate(CacheStatistics before, CacheStatistics after) {
        long hits = sum(after.queries(), true) - sum(before.queries(), true);
        long requests = sum(after.queries(), false) - sum(before.queries(), false);
        return requests == 0 ? 0 : (double) hits / requests;
    }

    private static List<String> perQuery(CacheStatistics before, CacheStatistics after) {
        Map<String, QueryStatistics> earlier = new java.util.HashMap<>();
        before.queries().forEach(query -> earlier.put(query.query(), query));
        List<String> lines = new ArrayList<>();
        for (QueryStatistics query : after.queries()) {
            QueryStatistics old = earlier.get(query.query());
            long requests = query.requests() - (old == null ? 0 : old.requests());
            long hits = query.hits() - (old == null ? 0 : old.hits());
            if (requests > 0) {
                lines.add(String.format("%-18s %4d / %4d  %d missed", query.query(), hits, requests, requests - hits));
            }
        }
        return lines;
    }

    private static long loads(CacheStatistics statistics) {
        return statistics.queries().stream().mapToLong(QueryStatistics::loads).sum();
    }

    private static long sum(List<QueryStatistics> queries, boolean hits) {
        return queries.stream().mapToLong(q -> hits ? q.hits() : q.requests()).sum();
    }

    /** The baseline: the same cache, but every change clears all of it "just in case". */
    private static final class ClearEverything extends ForwardingQueryCache {
        ClearEverything(QueryCache delegate) {
            super(delegate);
        }

        @Override
        public void invalidate(NamedQuery<?> query, CacheKey key) {
            delegate.invalidateAll();
        }

        @Override
        public <T> void refresh(NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
            delegate.invalidateAll();
        }

        @Override
        public void invalidateQueries(Collection<String> queryNames) {
            delegate.invalidateAll();
        }
    }
}
