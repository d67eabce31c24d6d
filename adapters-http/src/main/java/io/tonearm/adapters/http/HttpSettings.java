package io.tonearm.adapters.http;

import io.tonearm.domain.InvalidValueException;
import java.time.Duration;

/**
 * Where and how the API server listens.
 *
 * @param host            the address to bind, such as {@code 0.0.0.0} (all interfaces) or {@code 127.0.0.1}
 * @param port            the TCP port, 0 to 65535; 0 binds a free port chosen by the system
 * @param shutdownGrace   how long {@link ApiServer#stop()} lets in-flight requests finish, zero or more
 * @param maxRequestBytes the largest request body accepted; larger ones are answered with 413
 */
public record HttpSettings(String host, int port, Duration shutdownGrace, long maxRequestBytes) {
    /** The port used when none is configured. */
    public static final int DEFAULT_PORT = 8080;
    /** The grace period used when none is configured. */
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);
    /** The body limit used when none is configured: room for a full bulk add of 10,000 tracks. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;

    /** @throws InvalidValueException naming the first setting that is missing or out of range */
    public HttpSettings {
        if (host == null || host.isBlank()) {
            throw new InvalidValueException("host", "host must not be blank");
        }
        host = host.strip();
        if (port < 0 || port > 65_535) {
            throw new InvalidValueException("port", "port must be between 0 and 65535 but was " + port);
        }
        if (shutdownGrace == null || shutdownGrace.isNegative()) {
            throw new InvalidValueException("shutdownGrace",
                    "shutdownGrace must be zero or positive but was " + shutdownGrace);
        }
        if (maxRequestBytes < 1) {
            throw new InvalidValueException("maxRequestBytes",
                    "maxRequestBytes must be positive but was " + maxRequestBytes);
        }
    }

    /** @return all interfaces, port {@value #DEFAULT_PORT}, the default grace period and body limit */
    public static HttpSettings defaults() {
        return new HttpSettings("0.0.0.0", DEFAULT_PORT, DEFAULT_SHUTDOWN_GRACE, DEFAULT_MAX_REQUEST_BYTES);
    }

    /** @return these settings with another port (0 for a free one, as tests do) */
    public HttpSettings withPort(int newPort) {
        return new HttpSettings(host, newPort, shutdownGrace, maxRequestBytes);
    }
}
