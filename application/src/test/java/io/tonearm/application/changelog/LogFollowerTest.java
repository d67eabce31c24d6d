package io.tonearm.application.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.Invalidation;
import io.tonearm.application.fakes.InMemoryChangeLog;
import io.tonearm.application.fakes.InMemoryQueryCache;
import io.tonearm.application.fakes.TestClock;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.CacheInvalidation.PartitionDrop;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Following the change log on the in-memory ports: what is applied, what is skipped, and what is a gap. */
class LogFollowerTest {
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final Duration TRUST = Duration.ofMinutes(10);
    private static final CacheInvalidation SEARCHES = CacheInvalidation.ofQueries(Set.of("tracks.search"));
    private static final CacheInvalidation ALBUMS = CacheInvalidation.ofQueries(Set.of("albums.all"));
    private static final CacheInvalidation TRACK_7 = new CacheInvalidation(false, Set.of(), Set.of(),
            Set.of(new EntryDrop("track.byId", CacheKey.of(7L))));

    private final TestClock clock = TestClock.standing();
    private final InMemoryChangeLog log = new InMemoryChangeLog(clock);
    private final InMemoryQueryCache cache = new InMemoryQueryCache();
    private final ChangeFollower follower = ChangeFollower.create(log, cache,
            new CoherenceSettings(Duration.ofMillis(500), Duration.ofHours(24), GRACE, TRUST), clock);

    @Test
    void aChangeOfAnotherProcess_isDroppedFromThisProcessesOwnTier_atTheNextPoll() {
        follower.poll();
        log.writeElsewhere(SEARCHES);

        FollowerStatus status = follower.poll();

        assertThat(cache.localInvalidations()).containsExactly(SEARCHES);
        assertThat(status.applied()).isEqualTo(1);
        assertThat(status.position()).isEqualTo(1);
        assertThat(status.gaps()).isZero();
        assertThat(status.lastRead()).isEqualTo(clock.instant());
    }

    @Test
    void whatAPollDropped_isTold_asTheOtherProcessesChange_orAsAGapThatDroppedEverything() {
        List<Invalidation> told = new ArrayList<>();
        ChangeFollower telling = ChangeFollower.create(log, cache,
                new CoherenceSettings(Duration.ofMillis(500), Duration.ofHours(24), GRACE, TRUST), told::add, clock);
        telling.poll();
        log.writeElsewhere(SEARCHES);
        log.writeElsewhere(TRACK_7);

        telling.poll();
        telling.poll();

        assertThat(told).containsExactly(new Invalidation(LogFollower.OTHER_PROCESSES, Set.of("tracks.search"),
                Set.of(), Set.of("track.byId")));
        assertThat(LogFollower.told(CacheInvalidation.EVERYTHING))
                .isEqualTo(new Invalidation(LogFollower.LOG_GAP, Set.of("*"), Set.of(), Set.of()));
    }

    @Test
    void severalChangesReadInOnePoll_areAppliedInOneCall_thatDropsAllOfThem() {
        follower.poll();
        log.writeElsewhere(SEARCHES);
        log.writeElsewhere(TRACK_7);

        follower.poll();

        assertThat(cache.localInvalidations()).containsExactly(SEARCHES.and(TRACK_7));
    }

    @Test
    void itsOwnChanges_areSkipped_sinceTheProcessDroppedThemWhenItMadeThem() {
        follower.poll();
        log.recording(SEARCHES, () -> null);

        FollowerStatus status = follower.poll();

        assertThat(cache.localInvalidations()).isEmpty();
        assertThat(status.applied()).isZero();
        assertThat(status.position()).isEqualTo(1);
    }

    @Test
    void aPollWithNothingNew_appliesNothing_andReadsOnlyTheRowsAfterItsPosition() {
        log.writeElsewhere(SEARCHES);
        follower.poll();
        int appliedAtStart = cache.localInvalidations().size();
        int readsBefore = log.reads();

        follower.poll();

        assertThat(cache.localInvalidations()).hasSize(appliedAtStart);
        assertThat(log.reads() - readsBefore).as("one range read, no lookups of holes").isEqualTo(1);
    }

    @Test
    void theFirstPoll_startsNearTheEndOfTheLog_notAtItsBeginning() {
        IntStream.range(0, LogFollower.START_MARGIN + 50).forEach(i -> log.writeElsewhere(SEARCHES));

        FollowerStatus status = follower.poll();

        assertThat(status.position()).isEqualTo(LogFollower.START_MARGIN + 50);
        assertThat(status.applied()).as("only the last rows, read again in case one committed late")
                .isEqualTo(LogFollower.START_MARGIN);
    }

    @Test
    void manyRowsAtOnce_areReadInBatches_untilCaughtUp() {
        follower.poll();
        IntStream.range(0, LogFollower.BATCH * 2 + 3).forEach(i -> log.writeElsewhere(SEARCHES));

        FollowerStatus status = follower.poll();

        assertThat(status.position()).isEqualTo(LogFollower.BATCH * 2 + 3);
        assertThat(status.applied()).isEqualTo(LogFollower.BATCH * 2 + 3);
    }

    @Test
    void aPositionThatCommitsLate_isAppliedWhenItAppears_withoutAGap() {
        follower.poll();
        long inFlight = log.takePosition();
        log.writeElsewhere(SEARCHES);
        follower.poll();
        clock.advance(GRACE.minusMillis(1));

        log.commitAt(inFlight, ALBUMS);
        FollowerStatus status = follower.poll();

        assertThat(cache.localInvalidations()).containsExactly(SEARCHES, ALBUMS);
        assertThat(status.gaps()).isZero();
        clock.advance(GRACE);
        assertThat(follower.poll().gaps()).as("the hole was filled: nothing left to expire").isZero();
    }

    @Test
    void aPositionStillMissingAfterTheGracePeriod_isAGap_thatDropsTheWholeOwnTierOnce() {
        follower.poll();
        long lost = log.takePosition();
        log.writeElsewhere(SEARCHES);
        follower.poll();

        clock.advance(GRACE.plusMillis(1));
        FollowerStatus status = follower.poll();

        assertThat(cache.localInvalidations()).containsExactly(SEARCHES, CacheInvalidation.EVERYTHING);
        assertThat(status.gaps()).isEqualTo(1);
        assertThat(status.lastGap()).contains("position(s) [" + lost + "] still missing after 5000 ms");
        clock.advance(GRACE);
        assertThat(follower.poll().gaps()).as("counted once").isEqualTo(1);
        assertThat(cache.localInvalidations()).hasSize(2);
    }

    @Test
    void aRowThatCommitsAfterItsHoleWasGivenUp_isNotReadAgain_theDropCoveredIt() {
        follower.poll();
        long late = log.takePosition();
        log.writeElsewhere(SEARCHES);
        follower.poll();
        clock.advance(GRACE.plusMillis(1));
        follower.poll();

        log.commitAt(late, ALBUMS);
        FollowerStatus status = follower.poll();

        assertThat(cache.localInvalidations()).containsExactly(SEARCHES, CacheInvalidation.EVERYTHING);
        assertThat(status.applied()).isEqualTo(1);
    }

    @Test
    void theGapMessage_namesTheFirstFiveMissingPositions_andCountsTheRest() {
        follower.poll();
        IntStream.range(0, 7).forEach(i -> log.takePosition());
        log.writeElsewhere(SEARCHES);
        follower.poll();

        clock.advance(GRACE.plusMillis(1));

        assertThat(follower.poll().lastGap()).startsWith("position(s) [1, 2, 3, 4, 5] and 2 more still missing");
    }

    @Test
    void moreMissingPositionsThanItWaitsFor_areAGapAtOnce() {
        follower.poll();
        IntStream.range(0, LogFollower.MAX_HOLES + 1).forEach(i -> log.takePosition());
        log.writeElsewhere(SEARCHES);

        FollowerStatus status = follower.poll();

        assertThat(status.gaps()).isEqualTo(1);
        assertThat(status.lastGap()).isEqualTo((LogFollower.MAX_HOLES + 1) + " positions missing between 0 and "
                + (LogFollower.MAX_HOLES + 2) + "; this process's own cache tier dropped once, since a change may have"
                + " been missed");
        assertThat(cache.localInvalidations()).containsExactly(CacheInvalidation.EVERYTHING);
        assertThat(status.position()).isEqualTo(LogFollower.MAX_HOLES + 2);
    }

    @Test
    void holesOlderThanTheProcess_areWaitedFor_butAreNoGapWhenTheyStayMissing() {
        log.writeElsewhere(SEARCHES);
        long before = log.takePosition();
        log.writeElsewhere(SEARCHES);

        follower.poll();
        clock.advance(GRACE.plusMillis(1));
        FollowerStatus status = follower.poll();

        assertThat(status.gaps()).isZero();
        assertThat(status.position()).isEqualTo(before + 1);
        log.commitAt(before, ALBUMS);
        assertThat(follower.poll().applied()).as("given up: not looked for any more").isEqualTo(2);
    }

    @Test
    void aHoleOlderThanTheProcess_thatCommitsWithinTheGracePeriod_isApplied() {
        log.writeElsewhere(SEARCHES);
        long before = log.takePosition();
        log.writeElsewhere(SEARCHES);
        follower.poll();

        log.commitAt(before, ALBUMS);
        follower.poll();

        assertThat(cache.localInvalidations()).containsExactly(SEARCHES, ALBUMS);
    }

    @Test
    void aReadThatFails_isCounted_andTheNextPollCatchesUp() {
        follower.poll();
        log.writeElsewhere(SEARCHES);
        log.failNextReads(2);

        FollowerStatus failed = follower.poll();
        FollowerStatus failedAgain = follower.poll();
        log.writeElsewhere(ALBUMS);
        clock.advance(Duration.ofSeconds(1));
        FollowerStatus caughtUp = follower.poll();

        assertThat(failed.readFailures()).isEqualTo(1);
        assertThat(failed.consecutiveFailures()).isEqualTo(1);
        assertThat(failed.lastFailure()).contains("the database is down");
        assertThat(failedAgain.consecutiveFailures()).isEqualTo(2);
        assertThat(caughtUp.consecutiveFailures()).isZero();
        assertThat(caughtUp.readFailures()).isEqualTo(2);
        assertThat(caughtUp.lastRead()).isEqualTo(clock.instant());
        assertThat(failed.lastRead()).isBefore(clock.instant());
        assertThat(cache.localInvalidations()).containsExactly(SEARCHES.and(ALBUMS));
    }

    @Test
    void aLogUnreadableForLongerThanAResultLives_stopsTheOwnTierFromAnswering_untilItIsReadAgain() {
        follower.poll();
        log.writeElsewhere(SEARCHES);
        log.failNextReads(Integer.MAX_VALUE);
        clock.advance(TRUST.minusMillis(1));
        FollowerStatus stillTrusted = follower.poll();
        clock.advance(Duration.ofMillis(1));

        FollowerStatus distrusted = follower.poll();
        follower.poll();

        assertThat(stillTrusted.ownTierTrusted()).isTrue();
        assertThat(distrusted.ownTierTrusted()).isFalse();
        assertThat(distrusted.gaps()).isEqualTo(1);
        assertThat(distrusted.lastGap()).startsWith("the change log could not be read since 2025-06-01T12:00:00Z")
                .contains("the database is down").endsWith("reads skip this process's own tier until it can");
        assertThat(cache.ownTierDistrusted()).isEqualTo(distrusted.lastGap());
        assertThat(follower.status().gaps()).as("once").isEqualTo(1);

        log.failNextReads(0);
        FollowerStatus back = follower.poll();

        assertThat(back.ownTierTrusted()).isTrue();
        assertThat(cache.ownTierDistrusted()).isNull();
        assertThat(cache.localInvalidations()).as("what it missed, applied before trusting the tier")
                .containsExactly(SEARCHES);
    }

    @Test
    void aGapTheCacheFoundByItself_isCountedWithTheLogsGaps_atTheNextPoll_evenWhileTheLogCannotBeRead() {
        follower.poll();
        cache.gap("the subscription to Redis was lost at 12:00 (connection reset); tier 1 dropped once");
        log.failNextReads(1);

        FollowerStatus failed = follower.poll();
        FollowerStatus next = follower.poll();
        cache.gap("the subscription to Redis was lost at 12:05 (connection reset); tier 1 dropped once");
        FollowerStatus second = follower.poll();

        assertThat(failed.gaps()).isEqualTo(1);
        assertThat(failed.lastGap()).contains("lost at 12:00");
        assertThat(next.gaps()).as("once").isEqualTo(1);
        assertThat(second.gaps()).isEqualTo(2);
        assertThat(second.lastGap()).contains("lost at 12:05");
        assertThat(cache.localInvalidations()).as("the cache dropped its tier itself").isEmpty();
    }

    @Test
    void aLogNeverReadSinceTheStart_isDistrustedOnceAResultsLifeHasPassed() {
        log.failNextReads(Integer.MAX_VALUE);
        follower.poll();
        clock.advance(TRUST);

        assertThat(follower.poll().ownTierTrusted()).isFalse();
    }

    @Test
    void aFirstPollThatFails_startsOverAtTheNext() {
        log.failNextReads(1);

        FollowerStatus failed = follower.poll();
        log.writeElsewhere(SEARCHES);
        FollowerStatus started = follower.poll();

        assertThat(failed.lastRead()).isNull();
        assertThat(failed.position()).isZero();
        assertThat(started.position()).isEqualTo(1);
        assertThat(started.applied()).isEqualTo(1);
    }

    @Test
    void aPartitionDrop_travelsAsItWasLogged() {
        follower.poll();
        CacheInvalidation favorites = new CacheInvalidation(false, Set.of(),
                Set.of(new PartitionDrop("tracks.favorites", CachePartition.of("user-1"))), Set.of());
        log.writeElsewhere(favorites);

        follower.poll();

        assertThat(cache.localInvalidations()).containsExactly(favorites);
    }

    @Test
    void prune_removesTheRowsOlderThanTheRetention_butKeepsTheLast() {
        log.writeElsewhere(SEARCHES);
        log.writeElsewhere(SEARCHES);
        clock.advance(Duration.ofHours(25));
        log.writeElsewhere(SEARCHES);
        clock.advance(Duration.ofHours(1));

        assertThat(follower.prune()).isEqualTo(2);
        assertThat(log.rows()).hasSize(1);
    }

    @Test
    void status_beforeThFirstPoll_saysNothingWasRead() {
        FollowerStatus status = follower.status();

        assertThat(status.position()).isZero();
        assertThat(status.lastRead()).isNull();
        assertThat(status.lastGap()).isEmpty();
        assertThat(status.lastFailure()).isEmpty();
    }

    @Test
    void create_refusesMissingParts() {
        CoherenceSettings settings = CoherenceSettings.DEFAULTS;
        assertThatThrownBy(() -> ChangeFollower.create(null, cache, settings, clock)).hasMessage("log");
        assertThatThrownBy(() -> ChangeFollower.create(log, null, settings, clock)).hasMessage("cache");
        assertThatThrownBy(() -> ChangeFollower.create(log, cache, null, clock)).hasMessage("settings");
        assertThatThrownBy(() -> ChangeFollower.create(log, cache, settings, null)).hasMessage("clock");
    }

    @Test
    void settings_mustBePositive() {
        Duration second = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new CoherenceSettings(Duration.ZERO, second, second, second))
                .hasMessage("poll must be positive but was PT0S");
        assertThatThrownBy(() -> new CoherenceSettings(second, Duration.ofSeconds(-1), second, second))
                .hasMessage("retention must be positive but was PT-1S");
        assertThatThrownBy(() -> new CoherenceSettings(second, second, null, second)).hasMessage("holeGrace");
        assertThatThrownBy(() -> new CoherenceSettings(second, second, second, Duration.ZERO))
                .hasMessage("trustFor must be positive but was PT0S");
        assertThat(CoherenceSettings.DEFAULTS.trustFor()).isEqualTo(Duration.ofMinutes(10));
        assertThat(CoherenceSettings.DEFAULTS.poll()).isEqualTo(Duration.ofMillis(500));
        assertThat(CoherenceSettings.DEFAULTS.retention()).isEqualTo(Duration.ofHours(24));
        assertThat(CoherenceSettings.DEFAULTS.holeGrace()).isEqualTo(Duration.ofSeconds(5));
    }
}
