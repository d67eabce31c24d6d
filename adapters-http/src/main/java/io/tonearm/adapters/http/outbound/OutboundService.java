package io.tonearm.adapters.http.outbound;

import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RateLimitExceededException;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import io.tonearm.domain.enrichment.RemoteServiceException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One remote service as Tonearm calls it: every request is sent under the service's {@link OutboundPolicy}. A
 * request waits for the service's rate limit (each attempt does), is sent again after a connection failure, a
 * timeout, a 5xx or a 429 — after the {@code Retry-After} the service gave, else after a capped exponential delay
 * with full jitter — and is not sent at all while the circuit is open after repeated failures. Any other answer,
 * 4xx included, is returned at once for the client to read.
 */
final class OutboundService {
    private static final Logger LOG = LoggerFactory.getLogger(OutboundService.class);

    private final String name;
    private final URI baseUri;
    private final OutboundPolicy policy;
    private final String userAgent;
    private final Clock clock;
    private final DoubleSupplier jitter;
    private final HttpClient http;
    private final CircuitBreaker<HttpResponse<byte[]>> breaker;
    private final RateLimiter<HttpResponse<byte[]>> limiter;

    /**
     * @param name      the service's name in logs and errors, for example {@code "musicbrainz"}
     * @param baseUri   where the service is; request paths are resolved against it
     * @param policy    how the service is called
     * @param userAgent the {@code User-Agent} every request carries
     */
    OutboundService(String name, URI baseUri, OutboundPolicy policy, String userAgent) {
        this(name, baseUri, policy, userAgent, Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }

    OutboundService(String name, URI baseUri, OutboundPolicy policy, String userAgent, Clock clock,
                    DoubleSupplier jitter) {
        this.name = Objects.requireNonNull(name, "name");
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        this.http = HttpClient.newBuilder().connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.breaker = CircuitBreaker.<HttpResponse<byte[]>>builder()
                .handle(IOException.class)
                .handleResultIf(OutboundService::failed)
                .withFailureThreshold(policy.breakerFailures())
                .withDelay(policy.breakerDelay())
                .withSuccessThreshold(1)
                .onOpen(e -> LOG.warn("{}: failed {} times in a row; not called for {} s", name,
                        policy.breakerFailures(), policy.breakerDelay().toSeconds()))
                .onHalfOpen(e -> LOG.info("{}: trying again after a pause", name))
                .onClose(e -> LOG.info("{}: answering again", name))
                .build();
        long nanosPerRequest = Math.max(1, (long) (1_000_000_000L / policy.requestsPerSecond()));
        this.limiter = RateLimiter.<HttpResponse<byte[]>>smoothBuilder(Duration.ofNanos(nanosPerRequest))
                .withMaxWaitTime(policy.maxTotal()).build();
    }

    /** @return the service's name */
    String name() {
        return name;
    }

    /**
     * @param pathAndQuery the path below the base address, with its query (already encoded)
     * @param headers      further headers, as name, value, name, value …
     * @return the service's answer: 2xx, 3xx that was not followed, or a 4xx other than 429
     * @throws RemoteServiceException if the service could not give an answer (see the class description)
     */
    HttpResponse<byte[]> get(String pathAndQuery, String... headers) {
        return send(request(pathAndQuery, headers).GET().build());
    }

    /**
     * @param path        the path below the base address
     * @param contentType the body's media type
     * @param body        the body
     * @param headers     further headers, as name, value, name, value …
     * @return the service's answer, as for {@link #get}
     * @throws RemoteServiceException if the service could not give an answer
     */
    HttpResponse<byte[]> post(String path, String contentType, byte[] body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /**
     * @param response an answer this service gave
     * @return the refusal to throw for an answer the client cannot use: not worth sending again
     */
    RemoteServiceException refused(HttpResponse<byte[]> response) {
        return new RemoteServiceException(name, describe(response.request()) + " answered " + response.statusCode()
                + excerpt(response.body()), false, null, null);
    }

    private HttpRequest.Builder request(String pathAndQuery, String... headers) {
        String base = baseUri.toString();
        URI uri = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + (pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(policy.readTimeout())
                .header("User-Agent", userAgent);
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("headers come as name, value pairs");
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        AtomicInteger attempts = new AtomicInteger();
        AtomicReference<Duration> nextDelay = new AtomicReference<>(Duration.ZERO);
        RetryPolicy<HttpResponse<byte[]>> retries = RetryPolicy.<HttpResponse<byte[]>>builder()
                .handle(IOException.class)
                .handleResultIf(OutboundService::failed)
                .withMaxAttempts(policy.maxAttempts())
                .withMaxDuration(policy.maxTotal())
                .withDelayFn(context -> {
                    Duration delay = delayAfter(context.getLastResult(), context.getAttemptCount());
                    nextDelay.set(delay);
                    return delay;
                })
                .onRetry(event -> LOG.info("{}: {} {} (attempt {} of {}); retrying in {} ms", name,
                        describe(request), outcome(event.getLastResult(), event.getLastException()),
                        event.getAttemptCount(), policy.maxAttempts(), nextDelay.get().toMillis()))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = Failsafe.with(retries).compose(breaker).compose(limiter).get(() -> {
                attempts.incrementAndGet();
                return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            });
        } catch (CircuitBreakerOpenException e) {
            throw new RemoteServiceException(name, "not called: it failed " + policy.breakerFailures()
                    + " times in a row", true, breaker.getRemainingDelay(), null);
        } catch (RateLimitExceededException e) {
            throw new RemoteServiceException(name, "too many requests waiting for the rate limit of "
                    + policy.requestsPerSecond() + "/s", true, null, null);
        } catch (FailsafeException e) {
            if (e.getCause() instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new RemoteServiceException(name, describe(request) + " was interrupted", false, null, e);
            }
            throw new RemoteServiceException(name, describe(request) + " could not be sent after " + attempts.get()
                    + " attempts: " + e.getCause(), true, null, e.getCause());
        }
        if (failed(response)) {
            throw new RemoteServiceException(name, describe(request) + " answered " + response.statusCode()
                    + " after " + attempts.get() + " attempts", true,
                    retryAfter(response).orElse(null), null);
        }
        return response;
    }

    /**
     * @param last           the answer of the attempt that failed, or null if it threw
     * @param failedAttempts the attempts made so far
     * @return the wait before the next attempt: what the service asked for, else a random duration between zero
     *     and the capped exponential delay (full jitter), never more than the policy's longest delay
     */
    Duration delayAfter(HttpResponse<byte[]> last, int failedAttempts) {
        Optional<Duration> asked = last == null ? Optional.empty() : retryAfter(last);
        if (asked.isPresent()) {
            return asked.get().compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : asked.get();
        }
        double fraction = Math.min(1.0, Math.max(0.0, jitter.getAsDouble()));
        return Duration.ofNanos((long) (policy.delayCap(failedAttempts).toNanos() * fraction));
    }

    private Optional<Duration> retryAfter(HttpResponse<byte[]> response) {
        return RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant());
    }

    private static boolean failed(HttpResponse<byte[]> response) {
        return response != null && (response.statusCode() == 429 || response.statusCode() >= 500);
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + request.uri().getRawPath();
    }

    private static String outcome(HttpResponse<byte[]> response, Throwable failure) {
        return response != null ? "answered " + response.statusCode() : "failed: " + failure;
    }

    private static String excerpt(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, 200), java.nio.charset.StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "" : ": " + text.replaceAll("\\s+", " ");
    }
}
