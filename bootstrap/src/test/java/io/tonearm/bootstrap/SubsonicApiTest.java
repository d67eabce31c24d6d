package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Subsonic API through the whole stack: the Subsonic password set through {@code /api}, encrypted with the
 * key made in the data directory, in the real MariaDB; signing in with it by salted token; browsing a track added
 * through {@code /api}; and the same password working for a second process that reads the same key file.
 */
class SubsonicApiTest {
    @TempDir
    static Path dataDir;
    private static TestDatabase database;
    private static Tonearm tonearm;
    private static Api api;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(),
                FullStackTest.environment(database.settings(), dataDir)), Clock.systemUTC());
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

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String rest(URI base, String method, String query) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(base.resolve("/rest/" + method + "?"
                + query)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String token(String password) throws Exception {
        return "u=" + Api.ADMIN + "&t=" + md5(password + "f00d") + "&s=f00d&v=1.16.1&c=test&f=json";
    }

    @Test
    void aSubsonicPassword_isKeptEncrypted_signsInByToken_andBrowsesWhatTheApiAdded() throws Exception {
        assertThat(rest(tonearm.uri(), "ping", token("admin-subsonic-password"))).contains("\"code\":41");
        assertThat(api.put("/api/users/me/subsonic-password", "{\"password\":\"admin-subsonic-password\"}")
                .status()).isEqualTo(204);

        Path key = dataDir.resolve("subsonic.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT subsonic_password FROM users WHERE name = 'admin'")) {
            rows.next();
            assertThat(new String(rows.getBytes(1), StandardCharsets.ISO_8859_1))
                    .doesNotContain("admin-subsonic-password");
        }
        long id = api.add("{\"path\": \"/music/a.mp3\", \"title\": \"Tonearm Song\", \"artists\": [\"Band\"], "
                + "\"album\": \"Disc\", \"durationMs\": 200000, \"format\": \"MP3\", \"fileSize\": 1234, "
                + "\"fileModifiedAt\": \"2024-01-01T00:00:00Z\"}");

        String song = rest(tonearm.uri(), "getSong", token("admin-subsonic-password") + "&id=tr-" + id);
        assertThat(song).contains("\"status\":\"ok\"", "\"title\":\"Tonearm Song\"", "\"album\":\"Disc\"",
                "\"size\":1234");
        assertThat(rest(tonearm.uri(), "ping", token("wrong"))).contains("\"code\":40");

        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(), dataDir));
        try (Tonearm second = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC())) {
            assertThat(rest(second.uri(), "ping", token("admin-subsonic-password")))
                    .as("the key file is read again, not made anew").contains("\"status\":\"ok\"");
        }
    }
}
