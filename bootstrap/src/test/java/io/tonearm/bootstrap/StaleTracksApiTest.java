package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A track whose file vanished or changed since the scan answers 404 media-gone and is counted for the next scan
 * ({@code tonearm_tracks_stale}), until a scan of its directory brings the catalog up to date.
 */
class StaleTracksApiTest {
    private static final Pattern STALE = Pattern.compile("(?m)^tonearm_tracks_stale(?:\\{[^}]*})? (\\S+)$");

    private TestDatabase database;
    private Tonearm tonearm;
    private Api admin;
    private Path library;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        library = dir.resolve("music");
        Path album = Files.createDirectories(library.resolve("Artist/Album"));
        for (String name : new String[] {"01 One.flac", "02 Two.flac"}) {
            try (InputStream template = StaleTracksApiTest.class
                    .getResourceAsStream("/audio-templates/template.flac")) {
                Files.copy(template, album.resolve(name));
            }
        }
        database = TestDatabase.create();
        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(),
                dir.resolve("data")));
        environment.put("TONEARM_LIBRARY_ROOTS", library.toString());
        tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC());
        admin = new Api(tonearm.uri());
        scan();
    }

    @AfterEach
    void stop() {
        if (tonearm != null) {
            tonearm.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private void scan() {
        String scan = admin.post("/api/library/scans").location();
        Await.until("the scan ends", () -> !admin.get(scan).body().path("state").asText().equals("RUNNING"));
        assertThat(admin.get(scan).body().path("state").asText()).isEqualTo("SUCCEEDED");
    }

    private double stale() {
        Matcher matcher = STALE.matcher(admin.get("/metrics").text());
        assertThat(matcher.find()).as("tonearm_tracks_stale in /metrics").isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private long id(String fileName) {
        for (var track : admin.get("/api/tracks").body().path("items")) {
            if (track.path("path").asText().endsWith(fileName)) {
                return track.path("id").asLong();
            }
        }
        throw new AssertionError("no track " + fileName);
    }

    @Test
    void aVanishedAndAChangedFile_are404MediaGone_countedForTheNextScan_whichTakesThemOff() throws Exception {
        long one = id("01 One.flac");
        long two = id("02 Two.flac");
        assertThat(stale()).isZero();
        Files.delete(library.resolve("Artist/Album/01 One.flac"));
        Path second = library.resolve("Artist/Album/02 Two.flac");
        // rewritten an hour earlier, as a tag editor keeping the size would: another file than the scanned one
        Files.setLastModifiedTime(second, FileTime.from(Files.getLastModifiedTime(second).toInstant()
                .minus(Duration.ofHours(1))));

        Api.Response vanished = admin.get("/api/tracks/" + one + "/stream");
        Api.Response changed = admin.get("/api/tracks/" + two + "/stream");

        assertThat(vanished.status()).isEqualTo(404);
        assertThat(vanished.text()).contains("urn:tonearm:problem:media-gone").contains("has vanished");
        assertThat(changed.status()).isEqualTo(404);
        assertThat(changed.text()).contains("has changed");
        assertThat(stale()).isEqualTo(2);

        scan();

        assertThat(stale()).isZero();
        assertThat(admin.get("/api/tracks/" + one).status()).as("the scan removed the vanished file's track")
                .isEqualTo(404);
        assertThat(admin.get("/api/tracks/" + two + "/stream").status()).as("and read the changed one again")
                .isEqualTo(200);
    }
}
