package io.tonearm.application.scrobbling;

import io.tonearm.application.enrichment.EnrichmentDisabledException;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.enrichment.ListenSubmitter;
import io.tonearm.domain.enrichment.QueuedListen;
import io.tonearm.domain.enrichment.RemoteServiceException;
import io.tonearm.domain.enrichment.ScrobbleQueue;
import io.tonearm.domain.enrichment.SubmissionResult;
import io.tonearm.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.regex.Pattern;

/** The scrobbling use cases and the queue's sender, over the durable {@link ScrobbleQueue}. */
final class ScrobblingService implements Scrobbling, ScrobbleSender {
    static final String DISABLED = "scrobbling is off: this server calls no outside service until enrichment.contact"
            + " (TONEARM_ENRICHMENT_CONTACT) is set, see docs/enrichment.md";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_\\-]{1,255}");

    private final ScrobbleQueue queue;
    private final Optional<ListenSubmitter> submitter;
    private final ScrobbleSettings settings;
    private final Clock clock;
    private final DoubleSupplier jitter;

    ScrobblingService(ScrobbleQueue queue, Optional<ListenSubmitter> submitter, ScrobbleSettings settings,
                      Clock clock) {
        this(queue, submitter, settings, clock, () -> ThreadLocalRandom.current().nextDouble(0.5, 1.0));
    }

    ScrobblingService(ScrobbleQueue queue, Optional<ListenSubmitter> submitter, ScrobbleSettings settings,
                      Clock clock, DoubleSupplier jitter) {
        this.queue = queue;
        this.submitter = submitter;
        this.settings = settings;
        this.clock = clock;
        this.jitter = jitter;
    }

    // ---- a user's scrobbling

    @Override
    public void connectListenBrainz(UserId user, String token) {
        Objects.requireNonNull(user, "user");
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new InvalidValueException("token", "token must be the ListenBrainz user token: 1 to 255 letters,"
                    + " digits, dashes or underscores");
        }
        if (submitter.isEmpty()) {
            throw new EnrichmentDisabledException(DISABLED);
        }
        queue.connect(user, token, clock.instant());
    }

    @Override
    public boolean disconnectListenBrainz(UserId user) {
        return queue.disconnect(Objects.requireNonNull(user, "user"));
    }

    @Override
    public ScrobbleStatus status(UserId user) {
        Objects.requireNonNull(user, "user");
        return new ScrobbleStatus(submitter.isPresent(), queue.account(user).orElse(null), queue.counts(user));
    }

    // ---- sending

    @Override
    public SendReport sendDue() {
        if (submitter.isEmpty()) {
            return SendReport.NOTHING;
        }
        Instant now = clock.instant();
        List<QueuedListen> claimed = queue.claim(now, settings.lease(), settings.batch());
        if (claimed.isEmpty()) {
            return SendReport.NOTHING;
        }
        Map<UserId, List<QueuedListen>> byUser = new LinkedHashMap<>();
        claimed.forEach(listen -> byUser.computeIfAbsent(listen.user(), u -> new ArrayList<>()).add(listen));
        int sent = 0;
        int postponed = 0;
        int failed = 0;
        int rejected = 0;
        for (List<QueuedListen> listens : byUser.values()) {
            List<Long> ids = listens.stream().map(QueuedListen::id).toList();
            QueuedListen first = listens.get(0);
            try {
                SubmissionResult result = submitter.get().submit(first.token(),
                        listens.stream().map(QueuedListen::listen).toList());
                if (result == SubmissionResult.ACCEPTED) {
                    queue.acknowledge(ids, clock.instant());
                    sent += ids.size();
                } else {
                    // the listens wait, unsent, for a token the service takes; retrying this one is pointless
                    queue.rejectToken(first.user(), first.token(), clock.instant(),
                            "ListenBrainz refused the token (401): store a valid token to resume");
                    queue.postpone(ids, now, "the token was refused");
                    rejected++;
                }
            } catch (RemoteServiceException e) {
                if (e.isRetryable()) {
                    int attempts = listens.stream().mapToInt(QueuedListen::attempts).max().orElse(0);
                    queue.postpone(ids, now.plus(delay(attempts, e.retryAfter())), e.getMessage());
                    postponed += ids.size();
                } else {
                    queue.fail(ids, e.getMessage());
                    failed += ids.size();
                }
            }
        }
        return new SendReport(sent, postponed, failed, rejected);
    }

    /** @return the wait after {@code attempts} earlier failures: doubled each time, capped, jittered */
    Duration delay(int attempts, Optional<Duration> askedFor) {
        if (askedFor.isPresent()) {
            return askedFor.get().compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : askedFor.get();
        }
        double full = settings.firstRetry().toMillis() * Math.pow(2, Math.min(attempts, 30));
        double capped = Math.min(full, settings.maxRetry().toMillis());
        return Duration.ofMillis((long) (capped * jitter.getAsDouble()));
    }

    @Override
    public int prune() {
        return queue.pruneSent(clock.instant().minus(settings.keepSent()));
    }
}
