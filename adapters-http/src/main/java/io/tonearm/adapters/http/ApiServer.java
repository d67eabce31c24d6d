package io.tonearm.adapters.http;

import java.util.OptionalInt;

/**
 * The running HTTP API. Obtain it from the injector built with {@link HttpModule}; one instance serves once:
 * it can be started once and stopped once.
 */
public interface ApiServer {

    /**
     * Binds the configured host and port and starts serving.
     *
     * @return the bound port (the system's choice when the configured port is 0)
     * @throws IllegalStateException if this server was started before, or the address cannot be bound (the
     *                               message names the host and port)
     */
    int start();

    /**
     * @return the bound port
     * @throws IllegalStateException if the server is not running
     */
    int port();

    /**
     * @return the bound port of the management server ({@code /metrics} and the health probes on 127.0.0.1), or empty
     *     when {@link OperationsSettings#managementPort()} asks for none
     * @throws IllegalStateException if the server is not running
     */
    OptionalInt managementPort();

    /**
     * Stops gracefully: stops accepting connections, lets requests in flight finish within
     * {@link HttpSettings#shutdownGrace()}, then closes every connection (cutting off requests still running).
     * Returns when the server is stopped; never throws, as it runs on shutdown paths (problems are logged).
     * Does nothing if the server is not running.
     */
    void stop();
}
