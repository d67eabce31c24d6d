package io.tonearm.bootstrap.bench;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tonearm.adapters.cache.LocalCacheModule;
import io.tonearm.adapters.persistence.DatabaseSettings;
import io.tonearm.adapters.persistence.PersistenceModule;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.application.Library;
import io.tonearm.application.ListenerLibrary;
import io.tonearm.application.Listeners;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.StoreUnavailableException;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.Albums;
import io.tonearm.domain.port.Artists;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.PlayHistory;
import io.tonearm.domain.port.QueryCache;
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
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bench command, not a test: write transactions per second on the real stack (MariaDB, the Caffeine cache,
 * the Library's use cases) at 1, 4 and 16 concurrent clients, for three contended workloads, with the retries
 * the write runner needed (from its Micrometer counters) and the writes given up (503 over HTTP). Prints one
 * line per workload and client count. See docs/benchmarks.md ("Concurrent writes") for the command.
 *
 * <p>Arguments: seconds per measurement (default 10), then the client counts (default 1 4 16).
 */
public final class WriteThroughputBench {
    private static final AtomicLong PATHS = new AtomicLong();

    private WriteThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        Duration each = Duration.ofSeconds(args.length > 0 ? Integer.parseInt(args[0]) : 10);
        List<Integer> clientCounts = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            clientCounts.add(Integer.parseInt(args[i]));
        }
        if (clientCounts.isEmpty()) {
            clientCounts = List.of(1, 4, 16);
        }
        System.out.printf("%-34s %7s %10s %9s %8s %9s%n", "workload", "clients", "writes/s", "writes", "retries",
                "given up");
        for (Workload workload : Workload.values()) {
            for (int clients : clientCounts) {
                try (TestDatabase database = TestDatabase.create()) {
                    Result result = run(database, workload, clients, each);
                    System.out.printf("%-34s %7d %10.1f %9d %8d %9d%n", workload.description, clients,
                            result.writes / (result.nanos / 1e9), result.writes, result.retries, result.givenUp);
                }
            }
        }
    }

    enum Workload {
        /** Each write adds one track to the same album (same artist): the album's row is every writer's. */
        ADDS_ONE_ALBUM("add 1 track onto one album"),
        /** Each write changes the genre of one of the 3 tracks of one album. */
        TAG_EDITS("genre edit, 3 tracks of one album"),
        /** Each write records a play of one of 3 tracks. */
        PLAYS("play of one of 3 tracks");

        final String description;

        Workload(String description) {
            this.description = description;
        }
    }

    private record Result(long writes, long nanos, long retries, long givenUp) {
    }

    private static Result run(TestDatabase database, Workload workload, int clients, Duration duration)
            throws Exception {
        MeterRegistry metrics = new SimpleMeterRegistry();
        DatabaseSettings settings = database.settings();
        // A connection per client, as a server with the default pool of 10 would give up to 10.
        Injector injector = Guice.createInjector(
                new PersistenceModule(new DatabaseSettings(settings.jdbcUrl(), settings.user(), settings.password(),
                        Math.max(clients, 2))),
                new LocalCacheModule(),
                binder -> binder.bind(MeterRegistry.class).toInstance(metrics));
        try {
            Library library = Library.create(injector.getInstance(Tracks.class), injector.getInstance(Albums.class),
                    injector.getInstance(Artists.class), injector.getInstance(PlayHistory.class),
                    injector.getInstance(QueryCache.class), Clock.systemUTC());
            UserId player = injector.getInstance(Users.class).add(new NewUser(UserName.of("player-" + System.nanoTime()),
                    new PasswordHash("unused"), false, Instant.now())).id();
            ListenerLibrary listener = Listeners.create(library, injector.getInstance(TrackAnnotations.class),
                    injector.getInstance(PlayHistory.class), injector.getInstance(QueryCache.class), ChangeLog.NONE,
                    Clock.systemUTC()).of(player);
            List<TrackId> three = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                three.add(library.addTrack(track("Seed")).id());
            }
            AtomicLong writes = new AtomicLong();
            AtomicLong givenUp = new AtomicLong();
            CyclicBarrier start = new CyclicBarrier(clients + 1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long[] window = new long[2];
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    start.await();
                    long end = window[0] + duration.toNanos();
                    for (int i = 0; System.nanoTime() < end; i++) {
                        TrackId id = three.get((client + i) % three.size());
                        try {
                            switch (workload) {
                                case ADDS_ONE_ALBUM -> library.addTrack(track("Song " + client + "-" + i));
                                case TAG_EDITS -> library.updateTrack(id, new TrackChanges(null, null, null, null,
                                        null, null, null, "Genre " + client + "-" + i));
                                case PLAYS -> listener.recordTrackPlay(id, Instant.now());
                            }
                            writes.incrementAndGet();
                        } catch (StoreUnavailableException e) {
                            givenUp.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            window[0] = System.nanoTime();
            start.await();
            for (Future<?> each : running) {
                each.get();
            }
            window[1] = System.nanoTime();
            pool.shutdown();
            long retries = metrics.find("tonearm.database.write.retries").counters().stream()
                    .mapToLong(counter -> (long) counter.count()).sum();
            return new Result(writes.get(), window[1] - window[0], retries, givenUp.get());
        } finally {
            injector.getInstance(HikariDataSource.class).close();
        }
    }

    private static NewTrack track(String title) {
        return new NewTrack("/bench/" + PATHS.incrementAndGet() + ".flac", title, List.of("The Band"), "One Album",
                null, 1, 1, 2001, "Rock", Duration.ofMinutes(3), 320, 44_100, "FLAC", 1_000,
                Instant.parse("2025-01-01T00:00:00Z"), null);
    }
}
