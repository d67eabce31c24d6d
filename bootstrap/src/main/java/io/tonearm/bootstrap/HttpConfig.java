package io.tonearm.bootstrap;

import java.time.Duration;

/**
 * The {@code http} section: where the API listens, how big a request may be, and how long a shutdown waits
 * for requests in flight.
 *
 * @param host            the interface to bind, such as {@code 0.0.0.0} (all) or {@code 127.0.0.1}
 * @param port            the TCP port, or 0 for any free port (the chosen one is logged)
 * @param shutdownGrace   how long a shutdown lets requests in flight finish before closing them
 * @param maxRequestBytes the largest request body accepted
 */
record HttpConfig(String host, int port, Duration shutdownGrace, long maxRequestBytes) {
    static final int MAX_PORT = 65_535;
    static final Duration MAX_SHUTDOWN_GRACE = Duration.ofMinutes(10);

    /** @throws InvalidConfigurationException naming every invalid field */
    HttpConfig {
        new ConfigProblems()
                .require(host != null && !host.isBlank(), () -> "http.host must not be blank")
                .require(port >= 0 && port <= MAX_PORT,
                        () -> "http.port must be 1-" + MAX_PORT + " (or 0 for any free port) but was " + port)
                .require(shutdownGrace != null && !shutdownGrace.isNegative()
                                && shutdownGrace.compareTo(MAX_SHUTDOWN_GRACE) <= 0,
                        () -> "http.shutdown-grace must be 0s-10m but was " + ConfigProblems.show(shutdownGrace))
                .require(maxRequestBytes >= 1024,
                        () -> "http.max-request-bytes must be at least 1K but was " + maxRequestBytes)
                .throwIfAny();
    }
}
