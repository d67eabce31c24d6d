package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.application.scanning.LibraryScans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanRoutesTest {
    @TempDir
    Path library;
    FakeScanner scanner;
    RunningApi api;

    @BeforeEach
    void start() {
        scanner = new FakeScanner();
        api = RunningApi.start(LibraryScans.create(scanner, List.of(library), Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        scanner.release.countDown();
        api.close();
    }

    @Test
    void startingAScan_answers202WithItsIdAndLocation_andASecondOneWhileItRuns409() throws Exception {
        RunningApi.Response started = api.send("POST", "/api/library/scans");

        assertThat(started.status()).isEqualTo(202);
        String id = started.json().path("id").asText();
        assertThat(started.header("Location")).isEqualTo("/api/library/scans/" + id);
        assertThat(started.json().path("state").asText()).isEqualTo("RUNNING");
        assertThat(started.json().path("root").asText()).isEqualTo(library.toString());
        assertThat(scanner.started.await(30, TimeUnit.SECONDS)).isTrue();

        RunningApi.Response second = api.send("POST", "/api/library/scans", "{\"full\": true}");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().path("type").asText()).isEqualTo("urn:tonearm:problem:scan-running");
        assertThat(second.json().path("detail").asText()).contains(id);
    }

    @Test
    void aScan_reportsItsProgressAndFailedFilesWhileRunning_andItsResultWhenDone() throws Exception {
        String id = api.send("POST", "/api/library/scans").json().path("id").asText();
        assertThat(scanner.started.await(30, TimeUnit.SECONDS)).isTrue();

        JsonNode running = api.get("/api/library/scans/" + id).json();

        assertThat(running.path("state").asText()).isEqualTo("RUNNING");
        assertThat(running.path("progress").path("found").asLong()).isEqualTo(3);
        assertThat(running.path("progress").path("added").asLong()).isEqualTo(1);
        assertThat(running.path("progress").path("walkFinished").asBoolean()).isFalse();
        JsonNode remaining = running.path("progress").path("remainingMs");
        assertThat(remaining.isNull() || remaining.isMissingNode()).as("no estimate before the walk ends").isTrue();
        assertThat(running.path("failures").get(0).path("path").asText())
                .isEqualTo(library.resolve("broken.mp3").toString());
        assertThat(running.path("failures").get(0).path("reason").asText()).isEqualTo("empty file (0 bytes)");

        scanner.release.countDown();
        JsonNode done = awaitEnd(id);
        assertThat(done.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.path("progress").path("added").asLong()).isEqualTo(2);
        assertThat(done.path("finishedAt").asText()).isNotBlank();
    }

    @Test
    void aRootOutsideTheLibrary_isRefusedWith400NamingRoot(@TempDir Path elsewhere) {
        RunningApi.Response refused = api.send("POST", "/api/library/scans",
                "{\"root\": \"" + elsewhere + "\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidParamNames()).containsExactly("root");
        assertThat(refused.json().path("detail").asText()).contains("outside");
    }

    @Test
    void aSubdirectoryOfTheLibrary_mayBeScanned_fully() throws Exception {
        Files.createDirectories(library.resolve("new albums"));

        RunningApi.Response started = api.send("POST", "/api/library/scans",
                "{\"root\": \"" + library.resolve("new albums") + "\", \"full\": true}");

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().path("full").asBoolean()).isTrue();
        assertThat(started.json().path("root").asText()).isEqualTo(library.resolve("new albums").toString());
    }

    @Test
    void anUnknownField_orABodyThatIsNoObject_isA400() {
        assertThat(api.send("POST", "/api/library/scans", "{\"deep\": true}").status()).isEqualTo(400);
        assertThat(api.send("POST", "/api/library/scans", "[]").invalidParamNames()).containsExactly("body");
    }

    @Test
    void anUnknownScan_is404_andAMalformedId400() {
        assertThat(api.get("/api/library/scans/7d1c6a34-5f0e-4f43-9d6f-2a4b7a1f0c11").status()).isEqualTo(404);
        RunningApi.Response malformed = api.get("/api/library/scans/42");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.invalidParamNames()).containsExactly("id");
    }

    private JsonNode awaitEnd(String id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JsonNode status = api.get("/api/library/scans/" + id).json();
        while (status.path("state").asText().equals("RUNNING") && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            status = api.get("/api/library/scans/" + id).json();
        }
        return status;
    }
}
