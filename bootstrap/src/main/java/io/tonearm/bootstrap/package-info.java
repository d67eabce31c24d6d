/**
 * The composition root: the only module that knows every adapter. It reads and validates the configuration
 * ({@code ConfigLoader}, docs/configuration.md), chooses one Guice module per adapter plus the application's
 * ({@code Wiring}), runs them under strict injector rules ({@code TonearmModule}), and offers the {@code tonearm}
 * command line ({@link io.tonearm.bootstrap.Main}). {@code Tonearm} starts and gracefully stops a running
 * instance: the embedded MariaDB when no database is configured, the pool, the cache and the HTTP API.
 */
package io.tonearm.bootstrap;
