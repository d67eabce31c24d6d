package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.DuplicateTrackPathException;
import io.tonearm.domain.Track;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.LoggedChange;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The change log on the real MariaDB: written in the change's own transaction, read by position, pruned. */
class MyBatisChangeLogTest extends DatabaseTest {
    private static final CacheInvalidation SEARCHES = CacheInvalidation.ofQueries(Set.of("tracks.search"));
    private static final CacheInvalidation ALL = CacheInvalidation.ofQueries(Set.of("tracks.all"));

    private ChangeRecorder recorder;
    private MyBatisChangeLog log;
    private MyBatisTracks tracksLogged;
    /** Another process on the same database: its own recorder, so its own origin. */
    private MyBatisChangeLog otherLog;
    private MyBatisTracks otherTracks;

    @BeforeEach
    void logs() {
        SqlSessionFactory factory = Database.sessionFactory(pool);
        recorder = new ChangeRecorder();
        Transactions transactions = new Transactions(factory, recorder);
        log = new MyBatisChangeLog(recorder, transactions);
        tracksLogged = new MyBatisTracks(transactions, clock);
        ChangeRecorder otherRecorder = new ChangeRecorder();
        Transactions otherTransactions = new Transactions(factory, otherRecorder);
        otherLog = new MyBatisChangeLog(otherRecorder, otherTransactions);
        otherTracks = new MyBatisTracks(otherTransactions, clock);
    }

    @Test
    void aChangeMadeWhileRecording_writesOneRow_thatItsProcessReadsAsItsOwn_andOthersNot() {
        Track added = log.recording(SEARCHES, () -> tracksLogged.add(aTrack().build()));

        List<LoggedChange> mine = log.readAfter(0, 10);
        List<LoggedChange> theirs = otherLog.readAfter(0, 10);

        assertThat(tracks.findById(added.id())).isPresent();
        assertThat(mine).singleElement().satisfies(row -> {
            assertThat(row.own()).isTrue();
            assertThat(row.invalidation()).isEqualTo(SEARCHES);
            assertThat(row.at()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));
        });
        assertThat(theirs).singleElement().satisfies(row -> assertThat(row.own()).isFalse());
        assertThat(log.lastPosition()).isEqualTo(mine.get(0).position());
    }

    @Test
    void aWriteOutsideARecording_writesNoRow() {
        tracksLogged.add(aTrack().build());

        assertThat(log.readAfter(0, 10)).isEmpty();
        assertThat(log.lastPosition()).isZero();
    }

    @Test
    void aChangeThatFails_leavesNoRow() {
        var track = aTrack().build();
        tracksLogged.add(track);

        assertThatThrownBy(() -> log.recording(SEARCHES, () -> tracksLogged.add(track)))
                .isInstanceOf(DuplicateTrackPathException.class);

        assertThat(log.readAfter(0, 10)).isEmpty();
    }

    @Test
    void nestedRecordings_writeOneRow_droppingWhatBothDrop() {
        log.recording(SEARCHES, () -> log.recording(ALL, () -> tracksLogged.add(aTrack().build())));

        assertThat(log.readAfter(0, 10)).extracting(LoggedChange::invalidation).containsExactly(SEARCHES.and(ALL));
    }

    @Test
    void aTransactionRunAgainAfterADeadlock_leavesOneRowPerCommittedTransaction_noneOfTheRolledBackAttempt()
            throws Exception {
        CyclicBarrier bothLocked = new CyclicBarrier(2);
        AtomicInteger attempts = new AtomicInteger();
        Transactions transactions = new Transactions(Database.sessionFactory(pool), recorder);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> log.recording(SEARCHES,
                () -> transactions.write(session -> {
                    attempts.incrementAndGet();
                    execute(session, "UPDATE counters SET value = value + 1 WHERE name = 'albums'");
                    awaitOnce(bothLocked, attempts);
                    execute(session, "UPDATE counters SET value = value + 10 WHERE name = 'artists'");
                    return null;
                })));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> log.recording(ALL,
                () -> transactions.write(session -> {
                    attempts.incrementAndGet();
                    execute(session, "UPDATE counters SET value = value + 100 WHERE name = 'artists'");
                    awaitOnce(bothLocked, attempts);
                    execute(session, "UPDATE counters SET value = value + 1000 WHERE name = 'albums'");
                    return null;
                })));
        CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);

        assertThat(attempts).as("the victim ran a second time").hasValue(3);
        assertThat(log.readAfter(0, 10)).extracting(LoggedChange::invalidation)
                .containsExactlyInAnyOrder(SEARCHES, ALL);
    }

    @Test
    void readAfter_returnsTheRowsAfterAPosition_lowestFirst_atMostTheLimit() {
        long[] positions = new long[4];
        for (int i = 0; i < positions.length; i++) {
            log.recording(SEARCHES, () -> tracksLogged.add(aTrack().build()));
            positions[i] = log.lastPosition();
        }

        assertThat(log.readAfter(positions[0], 2)).extracting(LoggedChange::position)
                .containsExactly(positions[1], positions[2]);
        assertThat(log.readAfter(positions[3], 10)).isEmpty();
        assertThatThrownBy(() -> log.readAfter(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readAt_returnsTheRowsThatExist_atThosePositions() {
        log.recording(SEARCHES, () -> tracksLogged.add(aTrack().build()));
        long first = log.lastPosition();
        otherLog.recording(ALL, () -> otherTracks.add(aTrack().build()));
        long second = log.lastPosition();

        assertThat(log.readAt(List.of(second, first + 1000, first, second))).extracting(LoggedChange::position)
                .containsExactly(first, second);
        assertThat(log.readAt(List.of())).isEmpty();
    }

    @Test
    void aRowThatCannotBeRead_isTakenToChangeEverything() throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO change_log (created_at, origin, payload)"
                    + " VALUES (UTC_TIMESTAMP(6), 'someone', 'x from a newer version')");
        }

        assertThat(log.readAfter(0, 1)).singleElement()
                .satisfies(row -> assertThat(row.invalidation()).isEqualTo(CacheInvalidation.EVERYTHING));
    }

    @Test
    void prune_removesRowsOlderThanTheTime_butNeverTheLast() throws Exception {
        for (int i = 0; i < 3; i++) {
            log.recording(new CacheInvalidation(false, Set.of(), Set.of(),
                    Set.of(new EntryDrop("track.byId", CacheKey.of(i)))), () -> tracksLogged.add(aTrack().build()));
        }
        long last = log.lastPosition();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE change_log SET created_at = created_at - INTERVAL 2 DAY");
        }

        assertThat(log.prune(Instant.now().minusSeconds(86_400))).isEqualTo(2);
        assertThat(log.readAfter(0, 10)).extracting(LoggedChange::position).containsExactly(last);
        assertThat(log.prune(Instant.now().minusSeconds(86_400))).isZero();
        assertThat(log.lastPosition()).as("the log's end stays known").isEqualTo(last);
    }

    private static void execute(org.apache.ibatis.session.SqlSession session, String sql) {
        try (Statement statement = session.getConnection().createStatement()) {
            statement.executeUpdate(sql);
        } catch (java.sql.SQLException e) {
            throw new org.apache.ibatis.exceptions.PersistenceException(e);
        }
    }

    private static void awaitOnce(CyclicBarrier barrier, AtomicInteger attempts) {
        if (attempts.get() > 2) {
            return;
        }
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
