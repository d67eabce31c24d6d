package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start that cannot succeed says why and leaves nothing running behind. */
class StartupFailureTest {
    private static TestDatabase database;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void aPortInUse_failsTheStartNamingThePortAndClosesThePool() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Map<String, String> environment = environment();
            environment.put("TONEARM_HTTP_PORT", Integer.toString(taken.getLocalPort()));

            assertThatThrownBy(() -> start(environment))
                    .isInstanceOf(Tonearm.StartupException.class)
                    .hasMessageStartingWith("could not start: ")
                    .hasMessageContaining(Integer.toString(taken.getLocalPort()));
        }
        Await.until("the pool closed its connections", () -> GracefulShutdownTest.connectionsTo(database) == 0);
    }

    @Test
    void aWrongDatabasePassword_failsTheStartWithTheServersAnswer() {
        Map<String, String> environment = environment();
        environment.put("TONEARM_DB_PASSWORD", "certainly-not-the-password");

        assertThatThrownBy(() -> start(environment))
                .isInstanceOf(Tonearm.StartupException.class)
                .hasMessageContaining("Access denied");
    }

    @Test
    void anUnreachableDatabase_failsTheStartNamingWhatWasUnreachable() {
        Map<String, String> environment = environment();
        environment.put("TONEARM_DB_URL", "jdbc:mariadb://127.0.0.1:1/tonearm");

        assertThatThrownBy(() -> start(environment))
                .isInstanceOf(Tonearm.StartupException.class)
                .hasMessageContaining("127.0.0.1:1");
    }

    private Map<String, String> environment() {
        return new HashMap<>(FullStackTest.environment(database.settings(), dataDir));
    }

    private static void start(Map<String, String> environment) {
        Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC()).close();
    }
}
