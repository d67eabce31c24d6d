package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.TrackPlays;
import io.tonearm.domain.user.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each user's favorites and plays, kept apart, on the real MariaDB. */
class MyBatisTrackAnnotationsTest extends DatabaseTest {
    private static final Instant T = Instant.parse("2026-06-01T12:00:00Z");

    private MyBatisTrackAnnotations annotations;
    private UserId ann;
    private UserId bob;

    @BeforeAll
    void openAnnotations() {
        annotations = new MyBatisTrackAnnotations(Database.sessionFactory(pool));
    }

    @BeforeEach
    void twoUsers() {
        execute("DELETE FROM users");
        ann = addUser("ann");
        bob = addUser("bob");
    }

    @Test
    void aStar_isTheUsersOwn_andStarringAgainKeepsTheFirstTime() {
        Track track = tracks.add(aTrack().build());

        assertThat(annotations.setFavorite(ann, track.id(), true, T)).isTrue();
        assertThat(annotations.setFavorite(ann, track.id(), true, T.plusSeconds(60))).isTrue();

        assertThat(annotations.findByIds(ann, List.of(track.id())))
                .containsExactly(Map.entry(track.id(), new TrackAnnotation(true, T, 0, null)));
        assertThat(annotations.findByIds(bob, List.of(track.id()))).as("nobody else's").isEmpty();
        assertThat(annotations.findFavorites(bob, PageRequest.first(10)).total()).isZero();
        assertThat(tracks.findById(track.id()).orElseThrow().favorite()).as("the shared track has no flag").isFalse();
    }

    @Test
    void anUnstar_leavesNoRowBehind_unlessTheUserPlayedTheTrack() {
        Track starred = tracks.add(aTrack().build());
        Track played = tracks.add(aTrack().build());
        annotations.setFavorite(ann, starred.id(), true, T);
        annotations.setFavorite(ann, played.id(), true, T);
        plays.record(ann, new PlayEvent(played.id(), T));

        annotations.setFavorite(ann, starred.id(), false, T);
        annotations.setFavorite(ann, played.id(), false, T);

        assertThat(annotations.findByIds(ann, List.of(starred.id(), played.id())))
                .containsExactly(Map.entry(played.id(), new TrackAnnotation(false, null, 1, T)));
        assertThat(queryLong("SELECT COUNT(*) FROM track_annotations")).isOne();
    }

    @Test
    void starringAnUnknownTrack_isFalse_andWritesNothing() {
        assertThat(annotations.setFavorite(ann, TrackId.of(987_654), true, T)).isFalse();
        assertThat(annotations.setFavorite(ann, TrackId.of(987_654), false, T)).isFalse();
        assertThat(queryLong("SELECT COUNT(*) FROM track_annotations")).isZero();
    }

    @Test
    void favorites_areListedInTheOrderAdded_pagedByOffsetOrCursor_withTheUsersTotal() {
        List<Track> added = List.of(tracks.add(aTrack().build()), tracks.add(aTrack().build()),
                tracks.add(aTrack().build()), tracks.add(aTrack().build()));
        for (int i = added.size() - 1; i >= 0; i--) {
            annotations.setFavorite(ann, added.get(i).id(), true, T.plusSeconds(i));
        }
        annotations.setFavorite(bob, added.get(1).id(), true, T);

        Page<TrackId> first = annotations.findFavorites(ann, PageRequest.first(3));
        Page<TrackId> next = annotations.findFavorites(ann, new PageRequest(0, 3, first.nextCursor()));

        assertThat(first.items()).containsExactly(added.get(0).id(), added.get(1).id(), added.get(2).id());
        assertThat(first.total()).isEqualTo(4);
        assertThat(next.items()).containsExactly(added.get(3).id());
        assertThat(annotations.findFavorites(ann, PageRequest.of(3, 3)).items()).containsExactly(added.get(3).id());
        assertThat(annotations.findFavorites(bob, PageRequest.first(10)).items()).containsExactly(added.get(1).id());
        assertThat(annotations.findFavorites(bob, PageRequest.first(10)).total()).isOne();
    }

    @Test
    void plays_countPerUser_andTheLastPlayedTimeOnlyMovesForward() {
        Track track = tracks.add(aTrack().build());

        TrackAnnotation once = plays.record(ann, new PlayEvent(track.id(), T)).orElseThrow();
        TrackAnnotation twice = plays.record(ann, new PlayEvent(track.id(), T.minusSeconds(3600))).orElseThrow();
        TrackAnnotation bobs = plays.record(bob, new PlayEvent(track.id(), T.plusSeconds(5))).orElseThrow();

        assertThat(once).isEqualTo(new TrackAnnotation(false, null, 1, T));
        assertThat(twice).as("an older event does not move it back").isEqualTo(new TrackAnnotation(false, null, 2, T));
        assertThat(bobs).isEqualTo(new TrackAnnotation(false, null, 1, T.plusSeconds(5)));
        assertThat(queryLong("SELECT COUNT(*) FROM plays WHERE user_id = " + ann)).isEqualTo(2);
        assertThat(queryLong("SELECT COUNT(*) FROM plays WHERE user_id = " + bob)).isOne();
        assertThat(tracks.findById(track.id()).orElseThrow().playCount()).as("the shared track counts none").isZero();
    }

    @Test
    void aPlayOfAnUnknownTrack_isEmpty_andWritesNothing_andAnOutOfRangeTimeIsRefusedByName() {
        Track track = tracks.add(aTrack().build());

        assertThat(plays.record(ann, new PlayEvent(TrackId.of(987_654), T))).isEmpty();
        assertThat(queryLong("SELECT COUNT(*) FROM plays")).isZero();
        assertThatThrownBy(() -> plays.record(ann, new PlayEvent(track.id(), Instant.parse("0001-01-01T00:00:00Z"))))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("playedAt");
    }

    @Test
    void recentAndPopular_areTheUsersOwn_inTheirOrder_pagedByOffsetOrCursor() {
        Track a = tracks.add(aTrack().build());
        Track b = tracks.add(aTrack().build());
        Track c = tracks.add(aTrack().build());
        play(ann, a, T, 3);
        play(ann, b, T.plusSeconds(10), 1);
        play(ann, c, T.plusSeconds(5), 2);
        play(bob, a, T.plusSeconds(20), 1);

        Page<TrackId> recent = annotations.findRecentlyPlayed(ann, PageRequest.first(2));
        Page<TrackId> popular = annotations.findMostPlayed(ann, PageRequest.first(2));

        assertThat(recent.items()).containsExactly(b.id(), c.id());
        assertThat(recent.total()).isEqualTo(3);
        assertThat(annotations.findRecentlyPlayed(ann, new PageRequest(0, 2, recent.nextCursor())).items())
                .containsExactly(a.id());
        assertThat(popular.items()).containsExactly(a.id(), c.id());
        assertThat(annotations.findMostPlayed(ann, new PageRequest(0, 2, popular.nextCursor())).items())
                .containsExactly(b.id());
        assertThat(annotations.findMostPlayed(ann, PageRequest.of(2, 2)).items()).containsExactly(b.id());
        assertThat(annotations.findRecentlyPlayed(bob, PageRequest.first(10)).items()).containsExactly(a.id());
        assertThat(annotations.findMostPlayed(bob, PageRequest.first(10)).total()).isOne();
    }

    @Test
    void aUsersChart_countsOnlyTheirPlays_whileTheServersCountsEverybodys() {
        Track a = tracks.add(aTrack().build());
        Track b = tracks.add(aTrack().build());
        play(ann, a, T, 1);
        play(bob, b, T, 3);
        play(ann, b, T.minusSeconds(100), 5); // before the window

        assertThat(plays.chart(ann, T, PageRequest.first(10)).items()).containsExactly(new TrackPlays(a.id(), 1));
        assertThat(plays.chart(ann, T, PageRequest.first(10)).total()).isOne();
        assertThat(plays.chart(bob, T, PageRequest.first(10)).items()).containsExactly(new TrackPlays(b.id(), 3));
        assertThat(plays.chart(T, PageRequest.first(10)).items())
                .containsExactly(new TrackPlays(b.id(), 3), new TrackPlays(a.id(), 1));
        assertThatThrownBy(() -> plays.chart(ann, T, new PageRequest(0, 1, "abc")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("after");
    }

    @Test
    void removingATrackOrAUser_removesTheirAnnotationsAndPlays() {
        Track kept = tracks.add(aTrack().build());
        Track gone = tracks.add(aTrack().build());
        annotations.setFavorite(ann, gone.id(), true, T);
        play(ann, gone, T, 2);
        play(ann, kept, T, 1);
        play(bob, kept, T, 1);

        tracks.delete(gone.id());
        assertThat(queryLong("SELECT COUNT(*) FROM track_annotations WHERE track_id = " + gone.id())).isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM plays WHERE track_id = " + gone.id())).isZero();

        execute("DELETE FROM users WHERE id = " + bob);
        assertThat(queryLong("SELECT COUNT(*) FROM track_annotations")).as("only ann's play of kept").isOne();
        assertThat(queryLong("SELECT COUNT(*) FROM plays")).isOne();
    }

    private void play(UserId user, Track track, Instant at, int times) {
        for (int i = 0; i < times; i++) {
            plays.record(user, new PlayEvent(track.id(), at));
        }
    }

    private UserId addUser(String name) {
        try (Connection connection = pool.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO users (name, password_hash, created_at) VALUES (?, 'x', NOW(6))",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.executeUpdate();
            connection.commit();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return UserId.of(keys.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
