package io.tonearm.application.scrobbling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.enrichment.EnrichmentDisabledException;
import io.tonearm.application.fakes.InMemoryScrobbleQueue;
import io.tonearm.application.fakes.TestClock;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.enrichment.Listen;
import io.tonearm.domain.enrichment.ListenSubmitter;
import io.tonearm.domain.enrichment.RemoteServiceException;
import io.tonearm.domain.enrichment.SubmissionResult;
import io.tonearm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Sending the durable queue: what each answer of the service does to the listens, and the waits between tries. */
class ScrobblingServiceTest {
    private static final UserId ANN = new UserId(1);
    private static final UserId BOB = new UserId(2);
    private static final ScrobbleSettings SETTINGS = new ScrobbleSettings(Duration.ofSeconds(10), 100,
            Duration.ofSeconds(30), Duration.ofMinutes(8), Duration.ofMinutes(2), Duration.ofDays(7));

    private final TestClock clock = TestClock.standing();
    private final InMemoryScrobbleQueue queue = new InMemoryScrobbleQueue();
    private final FakeListenBrainz service = new FakeListenBrainz();
    private final ScrobblingService scrobbling = new ScrobblingService(queue, Optional.of(service), SETTINGS, clock,
            () -> 1.0);

    /** Answers from a script, then accepts; records what it was sent. */
    private static final class FakeListenBrainz implements ListenSubmitter {
        final Deque<Supplier<SubmissionResult>> script = new ArrayDeque<>();
        final List<String> tokens = new ArrayList<>();
        final List<List<Listen>> accepted = new ArrayList<>();

        @Override
        public SubmissionResult submit(String token, List<Listen> listens) {
            tokens.add(token);
            SubmissionResult result = script.isEmpty() ? SubmissionResult.ACCEPTED : script.poll().get();
            if (result == SubmissionResult.ACCEPTED) {
                accepted.add(listens);
            }
            return result;
        }
    }

    private Listen listen(String title) {
        return new Listen(clock.instant(), "Artist", title, "Album", 200_000);
    }

    private static RemoteServiceException down(Duration retryAfter) {
        return new RemoteServiceException("listenbrainz", "503", true, retryAfter, null);
    }

    @Test
    void eachUsersDueListens_goInOneSubmissionWithTheirToken_andAreSentOnce() {
        scrobbling.connectListenBrainz(ANN, "ann-token");
        scrobbling.connectListenBrainz(BOB, "bob-token");
        queue.play(ANN, listen("One"));
        queue.play(BOB, listen("Two"));
        queue.play(ANN, listen("Three"));

        SendReport report = scrobbling.sendDue();

        assertThat(report).isEqualTo(new SendReport(3, 0, 0, 0));
        assertThat(service.tokens).containsExactly("ann-token", "bob-token");
        assertThat(service.accepted).extracting(batch -> batch.stream().map(Listen::title).toList())
                .containsExactly(List.of("One", "Three"), List.of("Two"));
        assertThat(scrobbling.sendDue().idle()).isTrue();
        assertThat(scrobbling.status(ANN).counts().sent()).isEqualTo(2);
    }

    @Test
    void anOutage_postponesTheListens_withDoublingCappedWaits_andLosesNone() {
        scrobbling.connectListenBrainz(ANN, "ann-token");
        queue.play(ANN, listen("One"));
        for (int i = 0; i < 6; i++) {
            service.script.add(() -> {
                throw down(null);
            });
        }
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            Instant before = clock.instant();
            assertThat(scrobbling.sendDue().postponed()).isEqualTo(1);
            assertThat(scrobbling.sendDue().idle()).as("not due before its time").isTrue();
            Instant due = queue.rows().get(0).due;
            waits.add(Duration.between(before, due));
            clock.advance(Duration.between(before, due));
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(8));
        assertThat(scrobbling.sendDue().sent()).isEqualTo(1);
        assertThat(service.accepted).hasSize(1);
        assertThat(queue.rows().get(0).attempts).isEqualTo(6);
    }

    @Test
    void aRetryAfter_isWaitedForInsteadOfTheComputedDelay_upToTheCap() {
        assertThat(scrobbling.delay(0, Optional.of(Duration.ofSeconds(90)))).isEqualTo(Duration.ofSeconds(90));
        assertThat(scrobbling.delay(0, Optional.of(Duration.ofHours(5)))).isEqualTo(Duration.ofMinutes(8));
        ScrobblingService halfJitter = new ScrobblingService(queue, Optional.of(service), SETTINGS, clock, () -> 0.5);
        assertThat(halfJitter.delay(1, Optional.empty())).isEqualTo(Duration.ofSeconds(30));
        assertThat(scrobbling.delay(40, Optional.empty())).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void listensTheServiceRefusesForGood_areMarkedFailed_andNotSentAgain() {
        scrobbling.connectListenBrainz(ANN, "ann-token");
        queue.play(ANN, listen("Bad"));
        service.script.add(() -> {
            throw new RemoteServiceException("listenbrainz", "400 invalid listen", false, null, null);
        });

        assertThat(scrobbling.sendDue()).isEqualTo(new SendReport(0, 0, 1, 0));

        clock.advance(Duration.ofDays(1));
        assertThat(scrobbling.sendDue().idle()).isTrue();
        assertThat(scrobbling.status(ANN).counts().failed()).isEqualTo(1);
        assertThat(queue.rows().get(0).error).contains("400 invalid listen");
    }

    @Test
    void aRefusedToken_stopsTheUsersSubmissions_saysSo_andANewTokenSendsWhatWaited() {
        scrobbling.connectListenBrainz(ANN, "old-token");
        scrobbling.connectListenBrainz(BOB, "bob-token");
        queue.play(ANN, listen("Waiting"));
        queue.play(BOB, listen("Bob's"));
        service.script.add(() -> SubmissionResult.TOKEN_REJECTED);

        assertThat(scrobbling.sendDue()).isEqualTo(new SendReport(1, 0, 0, 1));
        clock.advance(Duration.ofHours(1));
        assertThat(scrobbling.sendDue().idle()).as("no retry with a refused token").isTrue();
        assertThat(queue.play(ANN, listen("Not queued"))).as("plays are not queued meanwhile").isFalse();
        ScrobbleStatus status = scrobbling.status(ANN);
        assertThat(status.connected()).hasValueSatisfying(account -> {
            assertThat(account.rejected()).isTrue();
            assertThat(account.rejection()).contains("refused the token");
        });
        assertThat(status.counts().pending()).isEqualTo(1);

        scrobbling.connectListenBrainz(ANN, "new-token");

        assertThat(scrobbling.sendDue().sent()).isEqualTo(1);
        assertThat(service.tokens).endsWith("new-token");
        assertThat(scrobbling.status(ANN).connected().orElseThrow().rejected()).isFalse();
    }

    @Test
    void tokens_areCheckedBeforeTheyAreStored_andNeedAConfiguredService() {
        assertThatThrownBy(() -> scrobbling.connectListenBrainz(ANN, " ")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("token must be the ListenBrainz user token");
        assertThatThrownBy(() -> scrobbling.connectListenBrainz(ANN, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> scrobbling.connectListenBrainz(ANN, "x".repeat(256)))
                .isInstanceOf(InvalidValueException.class);
        scrobbling.connectListenBrainz(ANN, "a".repeat(255));
        ScrobblingService off = new ScrobblingService(queue, Optional.empty(), SETTINGS, clock);
        assertThatThrownBy(() -> off.connectListenBrainz(BOB, "bob-token"))
                .isInstanceOf(EnrichmentDisabledException.class).hasMessageContaining("enrichment.contact");
        assertThat(off.status(BOB).enabled()).isFalse();
        assertThat(off.status(BOB).connected()).isEmpty();
        assertThat(off.sendDue()).isEqualTo(SendReport.NOTHING);
        assertThat(scrobbling.disconnectListenBrainz(ANN)).isTrue();
        assertThat(scrobbling.disconnectListenBrainz(ANN)).isFalse();
    }

    @Test
    void theFactories_checkTheirPorts_andADisabledServerRefusesTokens() {
        assertThatThrownBy(() -> Scrobbling.create(null, service, clock)).hasMessage("queue");
        assertThatThrownBy(() -> Scrobbling.create(queue, null, clock)).hasMessage("submitter");
        assertThatThrownBy(() -> Scrobbling.create(queue, service, null)).hasMessage("clock");
        assertThatThrownBy(() -> Scrobbling.disabled(null, clock)).hasMessage("queue");
        assertThatThrownBy(() -> ScrobbleSender.create(queue, service, SETTINGS, clock, null)).hasMessage("jitter");
        assertThatThrownBy(() -> Scrobbling.disabled(queue, clock).connectListenBrainz(ANN, "token"))
                .isInstanceOf(EnrichmentDisabledException.class);
        Scrobbling.create(queue, service, clock).connectListenBrainz(ANN, "token");
        assertThat(Scrobbling.create(queue, service, clock).status(ANN).enabled()).isTrue();
        queue.play(ANN, listen("Sent by the factory's sender"));
        assertThat(ScrobbleSender.create(queue, service, SETTINGS, clock, () -> 1.0).sendDue().sent()).isEqualTo(1);
    }

    @Test
    void acceptedListens_arePrunedAfterTheyWereKeptLongEnough() {
        scrobbling.connectListenBrainz(ANN, "ann-token");
        queue.play(ANN, listen("One"));
        scrobbling.sendDue();

        clock.advance(Duration.ofDays(7));
        assertThat(scrobbling.prune()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(scrobbling.prune()).isEqualTo(1);
    }

    @Test
    void settings_outOfRange_areRefusedByName() {
        Duration s = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new ScrobbleSettings(Duration.ZERO, 1, s, s, s, s)).hasMessageContaining("interval");
        assertThatThrownBy(() -> new ScrobbleSettings(s, 0, s, s, s, s)).hasMessageContaining("batch");
        assertThatThrownBy(() -> new ScrobbleSettings(s, 101, s, s, s, s)).hasMessageContaining("batch");
        assertThatThrownBy(() -> new ScrobbleSettings(s, 1, s.negated(), s, s, s)).hasMessageContaining("first retry");
        assertThatThrownBy(() -> new ScrobbleSettings(s, 1, s.multipliedBy(2), s, s, s))
                .hasMessageContaining("must not be below the first retry");
        assertThatThrownBy(() -> new ScrobbleSettings(s, 1, s, s, Duration.ZERO, s)).hasMessageContaining("lease");
        assertThatThrownBy(() -> new ScrobbleSettings(s, 1, s, s, s, null)).hasMessageContaining("keep sent");
        assertThat(ScrobbleSettings.DEFAULT.batch()).isEqualTo(100);
    }
}
