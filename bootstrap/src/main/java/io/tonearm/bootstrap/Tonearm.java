package io.tonearm.bootstrap;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import com.google.inject.spi.Message;
import io.tonearm.adapters.http.ApiServer;
import io.tonearm.adapters.persistence.DatabaseSettings;
import io.tonearm.adapters.persistence.EmbeddedDatabase;
import io.tonearm.application.changelog.ChangeFollower;
import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.scrobbling.ScrobbleSender;
import io.tonearm.application.users.UserAccounts;
import io.tonearm.domain.enrichment.ListenSubmitter;
import io.tonearm.domain.enrichment.ScrobbleQueue;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
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
    /** How long a server whose embedded database is lost for good keeps answering (503) before it stops. */
    static final Duration DATABASE_LOSS_GRACE = Duration.ofSeconds(15);

    private final CountDownLatch closed = new CountDownLatch(1);
    private boolean closing;
    private volatile boolean failed;

    private Tonearm(Injector injector, URI uri, Deque<Resource> resources, CompletableFuture<Void> databaseLost) {
        this.injector = injector;
        this.uri = uri;
        this.resources = resources;
        databaseLost.thenRun(this::stopAfterDatabaseLoss);
    }

    /**
     * The embedded database died and could not be restarted: rather than a half-dead server that looks alive, stop
     * (after a grace period in which requests and the health report say the database is down), with a failure
     * exit code, so that a service manager starts Tonearm again.
     */
    private void stopAfterDatabaseLoss() {
        LOG.error("the embedded MariaDB is down and could not be restarted: Tonearm stops in {} s (exit code {}) so "
                + "that a service manager can start it again", DATABASE_LOSS_GRACE.toSeconds(), ExitCodes.FAILED);
        failed = true;
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(DATABASE_LOSS_GRACE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            close();
        }, "tonearm-stop-after-database-loss");
        stopper.setDaemon(true);
        stopper.start();
    }

    /** @return whether Tonearm stopped because of a failure (its embedded database lost for good) */
    boolean failed() {
        return failed;
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
            CompletableFuture<Void> databaseLost = new CompletableFuture<>();
            DatabaseSettings database = config.db().serverUrl()
                    .map(url -> Wiring.serverDatabase(config.db(), url))
                    .orElseGet(() -> embeddedDatabase(config, serve, resources, databaseLost));
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
                return new Tonearm(injector, null, resources, databaseLost);
            }
            ChangeLogSchedule changes = ChangeLogSchedule.start(injector.getInstance(ChangeFollower.class),
                    config.cache().coherence().poll());
            resources.push(new Resource("the change log's follower", changes::close));
            Optional<ListenSubmitter> listenBrainz = injector.getInstance(
                    Key.get(new TypeLiteral<Optional<ListenSubmitter>>() { }));
            if (listenBrainz.isPresent()) {
                ScrobbleSchedule scrobbles = ScrobbleSchedule.start(ScrobbleSender.create(
                        injector.getInstance(ScrobbleQueue.class), listenBrainz.get(), config.scrobbling().settings(),
                        clock, () -> ThreadLocalRandom.current().nextDouble(0.5, 1.0)), config.scrobbling().interval());
                resources.push(new Resource("the scrobble queue's sender", scrobbles::close));
            }
            if (config.monitor().checksPeriodically()) {
                CacheMonitorSchedule checks = CacheMonitorSchedule.start(injector.getInstance(CacheMonitor.class),
                        config.monitor().checkInterval());
                resources.push(new Resource("the cache's health checks", checks::close));
            }
            AutoCloseable meters = Wiring.instrument(injector);
            resources.push(new Resource("the JVM's meters", () -> {
                try {
                    meters.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }));
            ApiServer server = injector.getInstance(ApiServer.class);
            int port = server.start();
            resources.push(new Resource("the HTTP server", server::stop));
            URI uri = URI.create("http://" + reachableHost(config.http().host()) + ":" + port + "/");
            LOG.info("Tonearm {} listening on {} (bound to {}:{}; database {})", VersionProvider.version(), uri,
                    config.http().host(), port, database.jdbcUrl());
            return new Tonearm(injector, uri, resources, databaseLost);
        } catch (RuntimeException e) {
            closeAll(resources);
            throw new StartupException(unwrap(e));
        } catch (Error e) {
            // A broken class path, say: still stop the embedded server, whose threads would keep the JVM alive.
            closeAll(resources);
            throw e;
        }
    }

    /**
     * The embedded database of the data directory: the one another process runs there already, for a command that
     * runs and exits (a second server on one data directory is refused), or one started here.
     */
    private static DatabaseSettings embeddedDatabase(TonearmConfig config, boolean serve, Deque<Resource> resources,
                                                     CompletableFuture<Void> lost) {
        Path home = config.embeddedDatabaseDir().toAbsolutePath();
        if (!serve) {
            Optional<DatabaseSettings> running = EmbeddedDatabase.runningServer(home, EMBEDDED_DATABASE_NAME);
            if (running.isPresent()) {
                DatabaseSettings settings = running.get();
                return new DatabaseSettings(settings.jdbcUrl(), settings.user(), settings.password(),
                        config.db().poolSize());
            }
        }
        LOG.info("no database configured (db.url / TONEARM_DB_URL): starting the embedded MariaDB in {}", home);
        DataDirectory.create(config.dataDir());
        EmbeddedDatabase embedded = EmbeddedDatabase.start(home, () -> lost.complete(null));
        resources.push(new Resource("the embedded MariaDB", embedded::close));
        if (!serve) {
            // serve stops it in its own shutdown hook, after the requests in flight; a command stopped by Ctrl-C must
            // not leave a mariadbd behind.
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "embedded-mariadb-stop"));
        }
        return Wiring.embeddedDatabase(config.db(), embedded, EMBEDDED_DATABASE_NAME);
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
