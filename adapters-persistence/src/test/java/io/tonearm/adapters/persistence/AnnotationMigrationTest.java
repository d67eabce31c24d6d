package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.Track;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;

/**
 * V14__track_annotations.sql on a catalog of V13, whose favorites and plays were everybody's: they become the first
 * admin's (the admin with the lowest id), or wait for the first admin when there is none yet.
 */
class AnnotationMigrationTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void theFavoritesCountsAndPlaysOfEverybody_becomeTheLowestIdAdmins() {
        try (TestDatabase db = TestDatabase.createAt("13"); HikariDataSource pool = Database.openPool(db.settings())) {
            SqlSessionFactory factory = Database.sessionFactory(pool);
            MyBatisTracks tracks = new MyBatisTracks(factory, Clock.fixed(T, ZoneOffset.UTC));
            MyBatisPlayHistory plays = new MyBatisPlayHistory(factory);
            Track starred = tracks.add(aTrack().build());
            Track played = tracks.add(aTrack().build());
            tracks.add(aTrack().build());
            tracks.setFavorite(starred.id(), true);
            plays.record(new PlayEvent(played.id(), T.plusSeconds(60)));
            plays.record(new PlayEvent(played.id(), T.plusSeconds(30)));
            execute(pool, "INSERT INTO users (id, name, password_hash, admin, created_at) VALUES"
                    + " (3, 'listener', 'x', FALSE, NOW(6)), (5, 'first', 'x', TRUE, NOW(6)),"
                    + " (9, 'second', 'x', TRUE, NOW(6))");

            db.migrateTo(null);

            assertThat(queryLong(pool, "SELECT COUNT(*) FROM track_annotations")).isEqualTo(2);
            assertThat(queryLong(pool, "SELECT COUNT(*) FROM track_annotations WHERE user_id = 5")).isEqualTo(2);
            assertThat(queryLong(pool, "SELECT COUNT(*) FROM track_annotations WHERE user_id = 5 AND track_id = "
                    + starred.id() + " AND favorite AND starred_at IS NOT NULL AND play_count = 0")).isOne();
            assertThat(queryLong(pool, "SELECT COUNT(*) FROM track_annotations WHERE user_id = 5 AND track_id = "
                    + played.id() + " AND NOT favorite AND play_count = 2"
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
            MyBatisTracks tracks = new MyBatisTracks(Database.sessionFactory(pool), Clock.fixed(T, ZoneOffset.UTC));
            Track starred = tracks.add(aTrack().build());
            tracks.setFavorite(starred.id(), true);

            db.migrateTo(null);

            assertThat(queryLong(pool, "SELECT COUNT(*) FROM track_annotations")).isZero();
            assertThat(queryLong(pool, "SELECT COUNT(*) FROM tracks WHERE favorite")).isOne();
        }
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
