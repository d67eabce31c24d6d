package io.tonearm.bootstrap;

import static io.tonearm.bootstrap.TrackJson.track;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.bootstrap.Api.Response;
import io.tonearm.domain.port.QueryCache;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What SIGTERM does (the shutdown hook calls {@link Tonearm#close()}): stop accepting, finish, close. */
class GracefulShutdownTest {
    private TestDatabase database;
    private Tonearm tonearm;
    private Api api;

    @BeforeEach
    void start(@TempDir Path dataDir) {
        database = TestDatabase.create();
        tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(),
                FullStackTest.environment(database.settings(), dataDir)), Clock.systemUTC());
        api = new Api(tonearm.uri());
    }

    @AfterEach
    void stop() {
        tonearm.close();
        database.close();
    }

    @Test
    void closing_refusesNewConnectionsButFinishesTheRequestInFlight() throws Exception {
        long id = api.add(track("Still playing").json());
        tonearm.injector().getInstance(QueryCache.class).invalidateAll();   // the read must go to the database
        CompletableFuture<Response> inFlight;
        CompletableFuture<Void> closing;
        try (CatalogLock lock = CatalogLock.lockTracks(database)) {
            inFlight = api.getAsync("/api/tracks/" + id);
            Await.until("the request waits inside MariaDB", lock::hasWaiters);

            closing = CompletableFuture.runAsync(tonearm::close);

            Await.until("the server refuses new connections", () -> !accepts(tonearm.uri().getPort()));
            assertThat(inFlight).as("the request is still in flight").isNotDone();
            assertThat(closing).as("close waits for the request").isNotDone();
        }

        Response answer = inFlight.get(60, TimeUnit.SECONDS);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("title").asText()).isEqualTo("Still playing");
        closing.get(60, TimeUnit.SECONDS);
        Await.until("the pool closed its connections", () -> connectionsTo(database) == 0);
    }

    @Test
    void closingTwice_isHarmless() throws InterruptedException {
        tonearm.close();
        tonearm.close();

        tonearm.awaitClosed();
        assertThat(accepts(tonearm.uri().getPort())).isFalse();
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** @return how many sessions other than the asking one use the database */
    static int connectionsTo(TestDatabase database) {
        try (var connection = database.connect();
             var query = connection.prepareStatement(
                     "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()")) {
            query.setString(1, database.name());
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
