package io.tonearm.adapters.persistence.scrobbling;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.adapters.persistence.PersistenceModule;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.enrichment.Listen;
import io.tonearm.domain.enrichment.QueuedListen;
import io.tonearm.domain.enrichment.ScrobbleCounts;
import io.tonearm.domain.enrichment.ScrobbleQueue;
import io.tonearm.domain.port.PlayHistory;
import io.tonearm.domain.port.Tracks;
import io.tonearm.domain.user.NewUser;
import io.tonearm.domain.user.PasswordHash;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import io.tonearm.domain.user.Users;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The durable scrobble queue through the real wiring, on the real MariaDB. */
class MyBatisScrobbleQueueTest {
    private static final Instant T = Instant.parse("2026-12-07T10:00:00.123456Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final AtomicInteger NAMES = new AtomicInteger();

    private static TestDatabase db;
    private static Injector injector;
    private static ScrobbleQueue queue;
    private static PlayHistory plays;
    private static Tracks tracks;
    private static Users users;
    private UserId ann;
    private UserId bob;
    private Track track;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        injector = Guice.createInjector(new PersistenceModule(db.settings()));
        queue = injector.getInstance(ScrobbleQueue.class);
        plays = injector.getInstance(PlayHistory.class);
        tracks = injector.getInstance(Tracks.class);
        users = injector.getInstance(Users.class);
    }

    @AfterAll
    static void close() {
        injector.getInstance(HikariDataSource.class).close();
        db.close();
    }

    @BeforeEach
    void twoUsersAndATrack() {
        db.truncate();
        ann = user("ann");
        bob = user("bob");
        track = tracks.add(aTrack().title("So What").artists("Miles Davis", "John Coltrane").album("Kind of Blue")
                .build());
    }

    private static UserId user(String name) {
        return users.add(new NewUser(UserName.of(name + NAMES.incrementAndGet()), new PasswordHash("x"), false, T))
                .id();
    }

    @Test
    void aPlay_isQueuedInItsTransaction_onlyForAUserWithAToken_withTheTagsAsTheyWere() {
        queue.connect(ann, "ann-token", T);

        plays.record(ann, new PlayEvent(track.id(), T));
        plays.record(bob, new PlayEvent(track.id(), T));
        tracks.update(track.id(), new TrackChanges("Renamed", null, null, null, null, null, null, null));

        List<QueuedListen> claimed = queue.claim(T.plusSeconds(1), LEASE, 10);
        assertThat(claimed).singleElement().satisfies(listen -> {
            assertThat(listen.user()).isEqualTo(ann);
            assertThat(listen.token()).isEqualTo("ann-token");
            assertThat(listen.attempts()).isZero();
            assertThat(listen.listen()).isEqualTo(new Listen(T, "Miles Davis, John Coltrane", "So What",
                    "Kind of Blue", track.duration().toMillis()));
        });
        assertThat(queue.counts(bob)).isEqualTo(new ScrobbleCounts(0, 0, 0));
    }

    @Test
    void aClaim_leasesItsListens_soASecondClaimSkipsThem_untilTheLeaseEnds() {
        queue.connect(ann, "ann-token", T);
        plays.record(ann, new PlayEvent(track.id(), T));
        plays.record(ann, new PlayEvent(track.id(), T.plusSeconds(1)));

        assertThat(queue.claim(T.plusSeconds(5), LEASE, 1)).hasSize(1);
        assertThat(queue.claim(T.plusSeconds(5), LEASE, 10)).as("the other one only").hasSize(1);
        assertThat(queue.claim(T.plusSeconds(6), LEASE, 10)).isEmpty();
        assertThat(queue.claim(T.plusSeconds(5).plus(LEASE), LEASE, 10)).as("leases ended").hasSize(2);
    }

    @Test
    void acknowledged_postponed_andFailedListens_areCountedAndClaimedAsTheirStateSays() {
        queue.connect(ann, "ann-token", T);
        for (int i = 0; i < 3; i++) {
            plays.record(ann, new PlayEvent(track.id(), T.plusSeconds(i)));
        }
        List<Long> ids = queue.claim(T.plusSeconds(10), LEASE, 10).stream().map(QueuedListen::id).toList();

        queue.acknowledge(List.of(ids.get(0)), T.plusSeconds(11));
        queue.postpone(List.of(ids.get(1)), T.plusSeconds(100), "503 from listenbrainz");
        queue.fail(List.of(ids.get(2)), "400 invalid");
        queue.acknowledge(List.of(ids.get(2)), T.plusSeconds(12)); // a failed listen stays failed

        assertThat(queue.counts(ann)).isEqualTo(new ScrobbleCounts(1, 1, 1));
        assertThat(queue.claim(T.plusSeconds(99), LEASE, 10)).isEmpty();
        assertThat(queue.claim(T.plusSeconds(100), LEASE, 10)).singleElement()
                .satisfies(listen -> assertThat(listen.attempts()).isEqualTo(1));
        assertThat(queue.pruneSent(T.plusSeconds(11))).isZero();
        assertThat(queue.pruneSent(T.plusSeconds(12))).isEqualTo(1);
        assertThat(queue.counts(ann).sent()).isZero();
    }

    @Test
    void aRefusedToken_stopsClaimsAndQueueing_untilANewTokenIsStored() {
        queue.connect(ann, "old-token", T);
        plays.record(ann, new PlayEvent(track.id(), T));

        queue.rejectToken(ann, "other-token", T, "ignored: not the stored token");
        assertThat(queue.account(ann).orElseThrow().rejected()).isFalse();
        queue.rejectToken(ann, "old-token", T.plusSeconds(1), "401 from listenbrainz");
        plays.record(ann, new PlayEvent(track.id(), T.plusSeconds(2)));

        assertThat(queue.account(ann).orElseThrow().rejection()).isEqualTo("401 from listenbrainz");
        assertThat(queue.claim(T.plusSeconds(5), LEASE, 10)).isEmpty();
        assertThat(queue.counts(ann).pending()).as("the play while refused was not queued").isEqualTo(1);

        queue.connect(ann, "new-token", T.plusSeconds(6));

        assertThat(queue.account(ann).orElseThrow().rejected()).isFalse();
        assertThat(queue.claim(T.plusSeconds(7), LEASE, 10)).singleElement()
                .satisfies(listen -> assertThat(listen.token()).isEqualTo("new-token"));
    }

    @Test
    void disconnecting_stopsQueueing_andRemovingTheUserRemovesTheirListens() {
        queue.connect(ann, "ann-token", T);
        plays.record(ann, new PlayEvent(track.id(), T));

        assertThat(queue.disconnect(ann)).isTrue();
        assertThat(queue.disconnect(ann)).isFalse();
        assertThat(queue.account(ann)).isEmpty();
        plays.record(ann, new PlayEvent(track.id(), T.plusSeconds(1)));
        assertThat(queue.counts(ann).pending()).isEqualTo(1);

        users.delete(ann);
        assertThat(queue.counts(ann).pending()).isZero();
    }
}
