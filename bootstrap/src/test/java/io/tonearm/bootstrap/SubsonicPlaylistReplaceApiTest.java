package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Subsonic's {@code createPlaylist} with a {@code playlistId} and a {@code name} (rename, and replace the entries) is
 * one transaction on the real MariaDB. Triggers make each of its two writes fail in turn: a failing entry insert
 * (which a rename made first in a transaction of its own would survive) and a failing rename (made after the entries
 * were rewritten, which must then be rolled back). Either way the playlist keeps its name and its entries.
 */
class SubsonicPlaylistReplaceApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String AUTH = "u=" + Api.ADMIN + "&p=admin-subsonic&v=1.16.1&c=test&f=json";
    @TempDir
    static Path dataDir;
    private static TestDatabase database;
    private static Tonearm tonearm;
    private static Api api;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(),
                FullStackTest.environment(database.settings(), dataDir)), Clock.systemUTC());
        api = new Api(tonearm.uri());
        assertThat(api.put("/api/users/me/subsonic-password", "{\"password\":\"admin-subsonic\"}").status())
                .isEqualTo(204);
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

    private static JsonNode rest(String method, String query) throws Exception {
        URI uri = tonearm.uri().resolve("/rest/" + method + "?" + AUTH + query);
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("subsonic-response");
    }

    private static long track(String name) {
        return api.add("{\"path\": \"/music/" + name + ".mp3\", \"title\": \"" + name + "\", \"artists\": [\"Band\"], "
                + "\"album\": \"Disc\", \"durationMs\": 200000, \"format\": \"MP3\", \"fileSize\": 1234, "
                + "\"fileModifiedAt\": \"2024-01-01T00:00:00Z\"}");
    }

    private static void sql(String statement) throws Exception {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static List<String> stored(String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    void aReplaceWithARename_whoseEntriesOrRenameFailInTheDatabase_keepsTheNameAndTheEntries() throws Exception {
        long one = track("one");
        long two = track("two");
        long poison = track("poison");
        String id = rest("createPlaylist", "&name=old&songId=tr-" + one).get("playlist").get("id").asText();
        sql("CREATE TRIGGER refuse_poison BEFORE INSERT ON playlist_entries FOR EACH ROW "
                + "IF NEW.track_id = " + poison + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'poison'; END IF");
        sql("CREATE TRIGGER refuse_name BEFORE UPDATE ON playlists FOR EACH ROW "
                + "IF NEW.name = 'refused' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused'; END IF");
        try {
            assertThat(rest("createPlaylist", "&playlistId=" + id + "&name=new&songId=tr-" + two + "&songId=tr-"
                    + poison).has("error")).as("an entry refused by the database").isTrue();
            assertThat(rest("createPlaylist", "&playlistId=" + id + "&name=refused&songId=tr-" + two)
                    .has("error")).as("the rename refused after the entries were rewritten").isTrue();

            // read in the database itself: the cache would hide a write that was not rolled back
            assertThat(stored("SELECT name FROM playlists WHERE id = " + id.substring(3))).containsExactly("old");
            assertThat(stored("SELECT track_id FROM playlist_entries WHERE playlist_id = " + id.substring(3)
                    + " ORDER BY position")).containsExactly(String.valueOf(one));
            JsonNode answered = rest("getPlaylist", "&id=" + id).get("playlist");
            assertThat(answered.get("name").asText()).isEqualTo("old");
            assertThat(answered.get("entry").findValuesAsText("title")).containsExactly("one");

            JsonNode replaced = rest("createPlaylist", "&playlistId=" + id + "&name=new&songId=tr-" + two
                    + "&songId=tr-" + one).get("playlist");
            assertThat(replaced.get("name").asText()).isEqualTo("new");
            assertThat(replaced.get("entry").findValuesAsText("title")).containsExactly("two", "one");
        } finally {
            sql("DROP TRIGGER refuse_poison");
            sql("DROP TRIGGER refuse_name");
        }
    }
}
