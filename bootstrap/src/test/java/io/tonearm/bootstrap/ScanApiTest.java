package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.persistence.TestCorpus;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.domain.AudioFile;
import io.tonearm.domain.ScannedTrack;
import io.tonearm.domain.TagReading;
import io.tonearm.domain.port.AudioFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.io.TempDir;

/**
 * Library scans over HTTP against the whole of Tonearm (real MariaDB, real files), with the library directory
 * and tag write-back configured as a user would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScanApiTest {
    static TestDatabase database;
    static Tonearm tonearm;
    static Api api;
    static Path library;
    static Map<Path, TestCorpus.Expected> corpus;

    @BeforeAll
    static void start(@TempDir Path dir) throws IOException {
        library = dir.resolve("music");
        corpus = TestCorpus.writeHardCases(library);
        database = TestDatabase.create();
        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(),
                dir.resolve("data")));
        environment.put("TONEARM_LIBRARY_ROOTS", library.toString());
        environment.put("TONEARM_LIBRARY_WRITE_TAGS", "true");
        tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC());
        api = new Api(tonearm.uri());
    }

    @AfterAll
    static void stop() {
        if (tonearm != null) {
            tonearm.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void aScanStartedOverHttp_runsInTheBackground_andReportsItsCountsAndFailedFiles() {
        Api.Response started = api.post("/api/library/scans");

        assertThat(started.status()).isEqualTo(202);
        String location = started.location();
        assertThat(location).isEqualTo("/api/library/scans/" + started.body().path("id").asText());
        Await.until("the scan ends", () -> !api.get(location).body().path("state").asText().equals("RUNNING"));
        Api.Response done = api.get(location);
        long readable = corpus.values().stream().filter(expected -> !expected.fails()).count();
        assertThat(done.body().path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.body().path("progress").path("added").asLong()).isEqualTo(readable);
        assertThat(done.body().path("progress").path("failed").asLong()).isEqualTo(corpus.size() - readable + 1);
        assertThat(done.body().path("failures").findValuesAsText("path"))
                .contains(library.resolve("broken/empty.mp3").toString());
        assertThat(api.get("/api/tracks?limit=1").body().path("total").asLong()).isEqualTo(readable);
    }

    @Test
    @Order(2)
    void aRootOutsideTheConfiguredLibrary_isRefused(@TempDir Path elsewhere) {
        Api.Response refused = api.post("/api/library/scans", "{\"root\": \"" + elsewhere + "\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("invalidParams").findValuesAsText("name")).containsExactly("root");
    }

    @Test
    @Order(3)
    void withTagWriteBack_aPatchChangesTheFileToo_andTheNextScanFindsItUnchanged() throws IOException {
        Path file = library.resolve("unicode/sigur-ros.ogg");
        long id = api.get("/api/tracks/search?q=hoppipolla").body().path("items").get(0).path("id").asLong();

        Api.Response patched = api.patch("/api/tracks/" + id, "{\"title\": \"Hoppípolla (live)\", \"year\": 2006}");

        assertThat(patched.status()).isEqualTo(200);
        TagReading inFile = tonearm.get(AudioFiles.class).read(new AudioFile(file.toString(), Files.size(file),
                Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MILLIS)));
        assertThat(inFile).isInstanceOfSatisfying(ScannedTrack.class, read -> {
            assertThat(read.track().title()).isEqualTo("Hoppípolla (live)");
            assertThat(read.track().year()).isEqualTo(2006);
        });
        assertThat(patched.body().path("fileSize").asLong()).isEqualTo(Files.size(file));

        String location = api.post("/api/library/scans").location();
        Await.until("the rescan ends", () -> !api.get(location).body().path("state").asText().equals("RUNNING"));
        assertThat(api.get(location).body().path("progress").path("updated").asLong()).isZero();
        assertThat(api.get("/api/tracks/" + id).body().path("title").asText()).isEqualTo("Hoppípolla (live)");
    }
}
