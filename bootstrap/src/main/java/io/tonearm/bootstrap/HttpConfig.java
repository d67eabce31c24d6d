package io.tonearm.bootstrap;

import java.time.Duration;

/**
 * The {@code http} section: where the API listens, how big a request may be, how long a shutdown waits
 * for requests in flight, the access log, and where {@code /metrics} is served.
 *
 * @param host            the interface to bind, such as {@code 0.0.0.0} (all) or {@code 127.0.0.1}
 * @param port            the TCP port, or 0 for any free port (the chosen one is logged)
 * @param shutdownGrace   how long a shutdown lets requests in flight finish before closing them
 * @param maxRequestBytes the largest request body accepted
 * @param accessLog       whether every request is logged in one line
 * @param managementPort  the port of the management server on 127.0.0.1 ({@code /metrics}, the probes), 0 for any
 *                        free one, or null for none ({@code /metrics} on the API's port, for admins)
 */
record HttpConfig(String host, int port, Duration shutdownGrace, long maxRequestBytes, boolean accessLog,
                  Integer managementPort) {
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
                .require(managementPort == null || managementPort >= 0 && managementPort <= MAX_PORT,
                        () -> "http.management-port must be 1-" + MAX_PORT + " (or 0 for any free port, or null for "
                                + "none) but was " + managementPort)
                .require(managementPort == null || managementPort == 0 || managementPort != port,
                        () -> "http.management-port must differ from http.port but both are " + port)
                .throwIfAny();
    }
}
