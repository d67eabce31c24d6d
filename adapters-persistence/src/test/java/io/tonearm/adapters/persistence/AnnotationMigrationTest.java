package io.tonearm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * V14__track_annotations.sql on a catalog of V13, whose favorites and plays were everybody's: they become the first
 * admin's (the admin with the lowest id), or wait for the first admin when there is none yet. The V13 catalog is
 * written in SQL of its time: the adapter of today writes columns V13 does not have.
 */
class AnnotationMigrationTest {
    @Test
    void theFavoritesCountsAndPlaysOfEverybody_becomeTheLowestIdAdmins() {
        try (TestDatabase db = TestDatabase.createAt("13"); HikariDataSource pool = Database.openPool(db.settings())) {
            long starred = 1;
            long played = 2;
            v13Catalog(pool);
            execute(pool, "INSERT INTO users (id, name, password_hash, admin, created_at) VALUES"
                    + " (3, 'listener', 'x', FALSE, NOW(6)), (5, 'first', 'x', TRUE, NOW(6)),"
                    + " (9, 'second', 'x', TRUE, NOW(6))");

            db.migrateTo(null);

            assertThat(queryLong(pool, "SELECT COUNT(*) FROM track_annotations")).isEqualTo(2);
            assertThat(queryLong(pool, "SELECT COUNT(*) FROM track_annotations WHERE user_id = 5")).isEqualTo(2);
            assertThat(queryLong(pool, "SELECT COUNT(*) FROM track_annotations WHERE user_id = 5 AND track_id = "
                    + starred + " AND favorite AND starred_at IS NOT NULL AND play_count = 0")).isOne();
            assertThat(queryLong(pool, "SELECT COUNT(*) FROM track_annotations WHERE user_id = 5 AND track_id = "
                    + played + " AND NOT favorite AND play_count = 2"
                    + " AND last_played_at = '2026-03-01 10:01:00'")).isOne();
            assertThat(queryLong(pool, "SELECT COUNT(*) FROM plays WHERE user_id = 5")).isEqualTo(2);
            assertThat(queryLong(pool, "SELECT COUNT(*) FROM plays WHERE user_id IS NULL")).isZero();
            assertThat(queryLong(pool, "SELECT COUNT(*) FROM tracks WHERE favorite OR play_count > 0"
                    + " OR last_played_at IS NOT NULL")).as("nothing left for everybody").isZero();
            assertThat(queryLong(pool, "SELECT SUM(value) FROM counters WHERE name IN ('favorites', 'played')"))
                    .isZero();
        }
    }

    @Test
    void withNoAdminYet_theyStayForTheFirstAdmin() {
        try (TestDatabase db = TestDatabase.createAt("13"); HikariDataSource pool = Database.openPool(db.settings())) {
            v13Catalog(pool);

            db.migrateTo(null);

            assertThat(queryLong(pool, "SELECT COUNT(*) FROM track_annotations")).isZero();
            assertThat(queryLong(pool, "SELECT COUNT(*) FROM tracks WHERE favorite")).isOne();
            assertThat(queryLong(pool, "SELECT COUNT(*) FROM plays WHERE user_id IS NULL")).isEqualTo(2);
        }
    }

    /**
     * Three tracks as a catalog of V13 held them, written in its own SQL (today's code writes today's columns): track 1
     * a favorite, track 2 played twice (last at 10:01), track 3 neither; the counters to match.
     */
    private static void v13Catalog(HikariDataSource pool) {
        execute(pool, "INSERT INTO artists (id, name) VALUES (1, 'Artist')");
        execute(pool, "INSERT INTO tracks (id, path, title, album_artist_id, duration_ms, format, file_size,"
                + " file_modified_at, favorite, play_count, last_played_at, added_at, updated_at) VALUES"
                + " (1, '/m/1.flac', 'Starred', 1, 1000, 'FLAC', 1, '2026-03-01 10:00:00', TRUE, 0, NULL,"
                + " '2026-03-01 10:00:00', '2026-03-01 10:00:00'),"
                + " (2, '/m/2.flac', 'Played', 1, 1000, 'FLAC', 1, '2026-03-01 10:00:00', FALSE, 2,"
                + " '2026-03-01 10:01:00', '2026-03-01 10:00:00', '2026-03-01 10:01:00'),"
                + " (3, '/m/3.flac', 'Plain', 1, 1000, 'FLAC', 1, '2026-03-01 10:00:00', FALSE, 0, NULL,"
                + " '2026-03-01 10:00:00', '2026-03-01 10:00:00')");
        execute(pool, "INSERT INTO track_artists (track_id, position, artist_id) VALUES (1, 0, 1), (2, 0, 1),"
                + " (3, 0, 1)");
        execute(pool, "INSERT INTO plays (track_id, played_at) VALUES (2, '2026-03-01 10:01:00'),"
                + " (2, '2026-03-01 10:00:30')");
        execute(pool, "UPDATE counters SET value = CASE name WHEN 'tracks' THEN 3 WHEN 'artists' THEN 1"
                + " WHEN 'favorites' THEN 1 WHEN 'played' THEN 1 ELSE value END");
    }

    private static void execute(HikariDataSource pool, String sql) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long queryLong(HikariDataSource pool, String sql) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
