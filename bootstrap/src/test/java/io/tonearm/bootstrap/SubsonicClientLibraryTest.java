package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tonearm's Subsonic API as a real, third-party client library sees it: the npm package {@code subsonic-api}
 * (pinned in {@code src/test/node/subsonic-client/package-lock.json}) drives a Tonearm on the real MariaDB that
 * scanned one file, by salted token and by API key: browse, search, star, scrobble, playlists and a stream whose
 * bytes equal the file ({@code client-test.mjs}). Needs Node.js and the installed package ({@code npm ci}, which
 * {@code .ci/run} does before the build): without them the test fails saying what to run, it is never skipped.
 */
class SubsonicClientLibraryTest {
    static final Path CLIENT = Path.of("src", "test", "node", "subsonic-client").toAbsolutePath();
    private static final String USER = "listener";
    private static final String SUBSONIC_PASSWORD = "listener-subsonic-password";

    static TestDatabase database;
    static Tonearm tonearm;
    static Path song;
    static String apiKey;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        requireNodeAndTheClient();
        Path library = dir.resolve("music");
        Path album = Files.createDirectories(library.resolve("Client Artist/Client Album"));
        song = album.resolve("01 Client Song.flac");
        try (InputStream template = SubsonicClientLibraryTest.class
                .getResourceAsStream("/audio-templates/template.flac")) {
            Files.copy(template, song);
        }
        AudioFile audio = AudioFileIO.read(song.toFile());
        Tag tag = audio.getTagOrCreateAndSetDefault();
        tag.setField(FieldKey.TITLE, "Client Song");
        tag.setField(FieldKey.ARTIST, "Client Artist");
        tag.setField(FieldKey.ALBUM, "Client Album");
        audio.commit();
        database = TestDatabase.create();
        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(),
                dir.resolve("data")));
        environment.put("TONEARM_LIBRARY_ROOTS", library.toString());
        tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC());
        Api admin = new Api(tonearm.uri());
        Api listener = admin.newUser(USER, "listener-password", false);
        assertThat(listener.put("/api/users/me/subsonic-password", "{\"password\": \"" + SUBSONIC_PASSWORD + "\"}")
                .status()).isEqualTo(204);
        apiKey = listener.post("/api/tokens", "{\"name\": \"subsonic-api\"}").body().get("token").asText();
        String scan = admin.post("/api/library/scans").location();
        Await.until("the scan ends", () -> !admin.get(scan).body().path("state").asText().equals("RUNNING"));
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

    /** Fails at once, in one line, with what to run when Node.js or the client library is missing. */
    static void requireNodeAndTheClient() {
        if (executable("node").isEmpty() || executable("npm").isEmpty()) {
            throw new AssertionError("node and npm are needed by " + SubsonicClientLibraryTest.class.getSimpleName()
                    + " and were not found on the PATH: install them (Debian/Ubuntu: apt-get install nodejs npm; "
                    + ".ci/run does it), then run: npm ci --prefix " + CLIENT);
        }
        if (!Files.isRegularFile(CLIENT.resolve("node_modules/subsonic-api/package.json"))) {
            throw new AssertionError("the npm package subsonic-api is not installed for "
                    + SubsonicClientLibraryTest.class.getSimpleName() + ": run npm ci --prefix " + CLIENT
                    + " (.ci/run does it before the build)");
        }
    }

    private static Optional<Path> executable(String name) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, name))) {
                return Optional.of(Path.of(directory, name));
            }
        }
        return Optional.empty();
    }

    @Test
    void theSubsonicApiPackage_signsInBrowsesSearchesStarsScrobblesKeepsPlaylistsAndStreamsTheFile(
            @TempDir Path logs) throws IOException, InterruptedException {
        Path log = logs.resolve("client-test.log");
        ProcessBuilder node = new ProcessBuilder(List.of(executable("node").orElseThrow().toString(),
                "client-test.mjs")).directory(CLIENT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> environment = node.environment();
        environment.put("TONEARM_URL", tonearm.uri().toString());
        environment.put("TONEARM_USER", USER);
        environment.put("TONEARM_SUBSONIC_PASSWORD", SUBSONIC_PASSWORD);
        environment.put("TONEARM_API_KEY", apiKey);
        environment.put("TONEARM_SONG_FILE", song.toString());
        environment.put("TONEARM_TITLE", "Client Song");
        environment.put("TONEARM_ARTIST", "Client Artist");
        environment.put("TONEARM_ALBUM", "Client Album");
        Process process = node.start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(ended).as("node client-test.mjs ended within 2 minutes; its output:%n%s", text).isTrue();
        assertThat(process.exitValue()).as("node client-test.mjs failed; its output:%n%s", text).isZero();
        assertThat(text).contains("subsonic-api: every step passed");
    }
}
