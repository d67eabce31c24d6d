package io.tonearm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Integration tests against the real MariaDB: one database per JVM (see {@link TestDatabase}), a pool and the
 * four adapters per test class, an empty catalog for every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseTest {
    final TestDatabase db = TestDatabase.shared();
    final TickingClock clock = new TickingClock(Instant.parse("2025-01-01T00:00:00Z"));
    HikariDataSource pool;
    MyBatisTracks tracks;
    MyBatisAlbums albums;
    MyBatisArtists artists;
    MyBatisPlayHistory plays;

    @BeforeAll
    void openPool() {
        pool = Database.openPool(db.settings());
        SqlSessionFactory factory = Database.sessionFactory(pool);
        tracks = new MyBatisTracks(factory, clock);
        albums = new MyBatisAlbums(factory);
        artists = new MyBatisArtists(factory);
        plays = new MyBatisPlayHistory(factory);
    }

    @AfterAll
    void closePool() {
        pool.close();
    }

    @BeforeEach
    void emptyCatalog() {
        db.truncate();
    }

    /** @return the single number the query answers */
    long queryLong(String sql) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The O(1) totals must equal what counting the rows says, whatever happened before. */
    void assertCountersMatchRows() {
        assertThat(queryLong("SELECT value FROM counters WHERE name = 'tracks'"))
                .as("tracks counter").isEqualTo(queryLong("SELECT COUNT(*) FROM tracks"));
        assertThat(queryLong("SELECT value FROM counters WHERE name = 'favorites'"))
                .as("favorites counter").isEqualTo(queryLong("SELECT COUNT(*) FROM tracks WHERE favorite"));
        assertThat(queryLong("SELECT value FROM counters WHERE name = 'played'"))
                .as("played counter").isEqualTo(queryLong("SELECT COUNT(*) FROM tracks WHERE play_count > 0"));
        assertThat(queryLong("SELECT value FROM counters WHERE name = 'albums'"))
                .as("albums counter").isEqualTo(queryLong("SELECT COUNT(*) FROM albums"));
        assertThat(queryLong("SELECT value FROM counters WHERE name = 'artists'"))
                .as("artists counter").isEqualTo(queryLong("SELECT COUNT(*) FROM artists"));
    }

    /** A clock that moves one second forward each time it is read, so that every write has its own time. */
    static final class TickingClock extends Clock {
        private Instant now;

        TickingClock(Instant start) {
            this.now = start;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
