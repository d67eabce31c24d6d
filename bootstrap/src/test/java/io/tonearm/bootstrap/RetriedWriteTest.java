package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tonearm.adapters.persistence.PersistenceModule;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.application.Library;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.port.Albums;
import io.tonearm.domain.port.Artists;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CacheStatistics;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.PlayHistory;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.Tracks;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write whose first attempt the database refuses with a deadlock, on the real stack (MariaDB, the persistence
 * module, the library): the whole transaction runs again, the cache is invalidated once, after the attempt that
 * committed, and nothing of the failed attempt is left.
 *
 * <p>The refusal is MariaDB's own error 1213, raised by a trigger on the search words, which every add and every
 * title change writes late in its transaction (after the artist, album and track rows): the trigger fails the
 * number of times a MEMORY table says, and MEMORY tables are not transactional, so the countdown survives the
 * rollback it causes.
 */
class RetriedWriteTest {
    private static TestDatabase database;
    private static Injector injector;
    private static final MeterRegistry METRICS = new SimpleMeterRegistry();

    private final InvalidationLog cache = new InvalidationLog();
    private Library library;

    @BeforeAll
    static void start() throws SQLException {
        database = TestDatabase.create();
        injector = Guice.createInjector(new PersistenceModule(database.settings()),
                binder -> binder.bind(MeterRegistry.class).toInstance(METRICS));
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE deadlocks_to_come (n INT NOT NULL) ENGINE = MEMORY");
            statement.execute("INSERT INTO deadlocks_to_come VALUES (0)");
            statement.execute("""
                    CREATE TRIGGER track_terms_deadlock BEFORE INSERT ON track_terms FOR EACH ROW
                    BEGIN
                      IF (SELECT n FROM deadlocks_to_come) > 0 THEN
                        UPDATE deadlocks_to_come SET n = n - 1;
                        SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = 1213,
                          MESSAGE_TEXT = 'Deadlock found when trying to get lock; try restarting transaction';
                      END IF;
                    END""");
        }
    }

    @AfterAll
    static void stop() {
        if (injector != null) {
            injector.getInstance(HikariDataSource.class).close();
        }
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyCatalog() {
        database.truncate();
        library = Library.create(injector.getInstance(Tracks.class), injector.getInstance(Albums.class),
                injector.getInstance(Artists.class), injector.getInstance(PlayHistory.class), cache,
                Clock.systemUTC());
    }

    @Test
    void anAddRefusedOnceWithADeadlock_isStoredOnce_andInvalidatesTheCacheOnce() {
        double retriesBefore = deadlockRetries();
        deadlocksToCome(1);

        Track added = library.addTrack(track("/music/retried/one.flac", "Retried Album", "Retried Artist"));

        assertThat(deadlocksToCome()).as("the first attempt was refused").isZero();
        assertThat(deadlockRetries() - retriesBefore).isEqualTo(1);
        assertThat(added.album()).isEqualTo("Retried Album");
        assertThat(count("SELECT COUNT(*) FROM tracks")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM albums")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM artists")).isEqualTo(1);
        assertThat(count("SELECT MAX(id) FROM tracks")).isEqualTo(added.id().value());
        assertThat(count("SELECT track_count FROM albums")).isEqualTo(1);
        assertThat(count("SELECT value FROM counters WHERE name = 'tracks'")).isEqualTo(1);
        assertThat(count("SELECT value FROM counters WHERE name = 'albums'")).isEqualTo(1);
        assertThat(count("SELECT value FROM counters WHERE name = 'artists'")).isEqualTo(1);
        assertThat(cache.invalidations()).as("one invalidation, of the committed add")
                .containsExactly("queries: " + invalidatedByAnAdd());
    }

    @Test
    void aTitleChangeRefusedTwice_isAppliedOnce_andInvalidatesTheCacheOnce() {
        Track stored = library.addTrack(track("/music/retried/two.flac", "Album", "Artist"));
        cache.clear();
        deadlocksToCome(2);

        Track changed = library.updateTrack(stored.id(), new TrackChanges("Renamed Twice", null, null, null, null,
                null, null, null)).orElseThrow();

        assertThat(deadlocksToCome()).isZero();
        assertThat(changed.title()).isEqualTo("Renamed Twice");
        assertThat(count("SELECT COUNT(*) FROM track_terms")).as("the words of the new title, once").isEqualTo(2);
        assertThat(cache.invalidations()).hasSize(2)
                .allSatisfy(line -> assertThat(line).doesNotContain("tracks.all"));
        assertThat(cache.invalidations()).filteredOn(line -> line.startsWith("entry: "))
                .containsExactly("entry: track.byId " + CacheKey.of(stored.id().value()));
    }

    /** @return what one add invalidates, learned from an add that went through at once */
    private String invalidatedByAnAdd() {
        InvalidationLog plain = new InvalidationLog();
        Library.create(injector.getInstance(Tracks.class), injector.getInstance(Albums.class),
                injector.getInstance(Artists.class), injector.getInstance(PlayHistory.class), plain,
                Clock.systemUTC()).addTrack(track("/music/plain/add.flac", "Plain", "Plain Artist"));
        assertThat(plain.invalidations()).hasSize(1);
        return plain.invalidations().get(0).substring("queries: ".length());
    }

    private static NewTrack track(String path, String album, String artist) {
        return new NewTrack(path, "Song", List.of(artist), album, null, 1, 1, 2001, "Rock",
                Duration.ofMinutes(3), 320, 44_100, "FLAC", 1_000, Instant.parse("2025-01-01T00:00:00Z"), null);
    }

    private static double deadlockRetries() {
        return METRICS.get("tonearm.database.write.retries").tag("cause", "deadlock").counter().count();
    }

    private static void deadlocksToCome(int n) {
        execute("UPDATE deadlocks_to_come SET n = " + n);
    }

    private static long deadlocksToCome() {
        return count("SELECT n FROM deadlocks_to_come");
    }

    private static long count(String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void execute(String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Keeps nothing, loads every read, and writes down every invalidation in order. */
    private static final class InvalidationLog implements QueryCache {
        private final List<String> invalidations = new ArrayList<>();

        @Override
        public <T> T get(NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
            return loader.get();
        }

        @Override
        public <T> Map<CacheKey, T> getAll(NamedQuery<T> query, Collection<CacheKey> keys,
                                           Function<Set<CacheKey>, Map<CacheKey, T>> loader) {
            return loader.apply(Set.copyOf(keys));
        }

        @Override
        public synchronized void invalidate(NamedQuery<?> query, CacheKey key) {
            invalidations.add("entry: " + query.name() + " " + key);
        }

        @Override
        public synchronized void invalidateQueries(Collection<String> queryNames) {
            invalidations.add("queries: " + queryNames.stream().sorted().toList());
        }

        @Override
        public void invalidateAll() {
            throw new AssertionError("a write must not clear the whole cache");
        }

        @Override
        public CacheStatistics statistics() {
            return new CacheStatistics(List.of(), List.of());
        }

        synchronized List<String> invalidations() {
            return List.copyOf(invalidations);
        }

        synchronized void clear() {
            invalidations.clear();
        }
    }
}
