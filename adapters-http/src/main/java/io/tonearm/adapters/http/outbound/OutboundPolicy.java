package io.tonearm.adapters.http.outbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How Tonearm calls one remote service: how often, how it waits between attempts, how long it waits for an
 * answer, and when it stops calling a service that keeps failing.
 *
 * @param requestsPerSecond at most this many requests start per second, across all threads (attempts count)
 * @param baseDelay         the wait before the first retry, before jitter
 * @param factor            each further wait is this many times the previous one (at least 1)
 * @param maxDelay          no wait is longer, also when the service asks for more with {@code Retry-After}
 * @param maxAttempts       attempts per request, the first included (at least 1)
 * @param maxTotal          no attempt starts later than this after the first, waits for the rate limit included
 * @param connectTimeout    how long opening a connection may take
 * @param readTimeout       how long the service may take to answer once asked
 * @param breakerFailures   this many failed requests in a row open the circuit: the service is left alone
 * @param breakerDelay      how long an open circuit stays open before one probe request is let through
 */
public record OutboundPolicy(double requestsPerSecond, Duration baseDelay, double factor, Duration maxDelay,
                             int maxAttempts, Duration maxTotal, Duration connectTimeout, Duration readTimeout,
                             int breakerFailures, Duration breakerDelay) {

    /** @throws IllegalArgumentException naming every setting that is out of range */
    public OutboundPolicy {
        List.of(baseDelay, maxDelay, maxTotal, connectTimeout, readTimeout, breakerDelay)
                .forEach(d -> Objects.requireNonNull(d, "durations must not be null"));
        List<String> problems = new ArrayList<>();
        if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
            problems.add("requests-per-second must be a positive number but was " + requestsPerSecond);
        }
        if (baseDelay.isNegative()) {
            problems.add("retry.base-delay must not be negative but was " + baseDelay);
        }
        if (maxDelay.compareTo(baseDelay) < 0) {
            problems.add("retry.max-delay (" + maxDelay + ") must not be less than retry.base-delay (" + baseDelay + ")");
        }
        if (!(factor >= 1) || Double.isInfinite(factor)) {
            problems.add("retry.factor must be at least 1 but was " + factor);
        }
        if (maxAttempts < 1) {
            problems.add("retry.max-attempts must be at least 1 but was " + maxAttempts);
        }
        requirePositive(problems, "retry.max-total", maxTotal);
        requirePositive(problems, "connect-timeout", connectTimeout);
        requirePositive(problems, "read-timeout", readTimeout);
        if (breakerFailures < 1) {
            problems.add("breaker.failures must be at least 1 but was " + breakerFailures);
        }
        requirePositive(problems, "breaker.delay", breakerDelay);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private static void requirePositive(List<String> problems, String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            problems.add(name + " must be positive but was " + value);
        }
    }

    /**
     * @param requestsPerSecond the service's rate limit
     * @return the policy used unless configured otherwise: waits of 1 s, 2 s, 4 s … up to 30 s, 5 attempts within
     *     2 minutes, 5 s to connect, 20 s to answer, and a circuit opened by 5 failures in a row for 1 minute
     */
    public static OutboundPolicy defaults(double requestsPerSecond) {
        return new OutboundPolicy(requestsPerSecond, Duration.ofSeconds(1), 2, Duration.ofSeconds(30), 5,
                Duration.ofMinutes(2), Duration.ofSeconds(5), Duration.ofSeconds(20), 5, Duration.ofMinutes(1));
    }

    /**
     * @param failedAttempts the attempts that failed so far (1 before the first retry)
     * @return the longest wait before the next attempt: the base delay times the factor per earlier retry, capped
     */
    Duration delayCap(int failedAttempts) {
        double nanos = baseDelay.toNanos() * Math.pow(factor, Math.max(0, failedAttempts - 1));
        return nanos >= maxDelay.toNanos() ? maxDelay : Duration.ofNanos((long) nanos);
    }
}
