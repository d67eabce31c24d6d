package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.domain.Track;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/playlists}: creating, reading, changing and deleting playlists, their entries, the rights of owners,
 * admins and others, M3U8 import and export. Every answer is checked against openapi.json by {@link RunningApi}.
 */
class PlaylistRoutesTest {
    private RunningApi api;
    private RunningApi user;
    private Track one;
    private Track two;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        user = api.asUser();
        one = api.library.add("/music/a/one.mp3", "One", "Ann", "First");
        two = api.library.add("/music/b/two.flac", "Two", "Bob", "Second");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private long create(RunningApi client, String json) {
        RunningApi.Response created = client.send("POST", "/api/playlists", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/playlists/" + id);
        return id;
    }

    @Test
    void aCreatedPlaylist_isReadWithAPageOfItsTracks_inOrder_withRepeats() {
        long id = create(user, "{\"name\": \"Road trip\", \"comment\": \"car\", \"public\": true, \"trackIds\": ["
                + two.id() + ", " + one.id() + ", " + two.id() + "]}");

        JsonNode playlist = user.get("/api/playlists/" + id + "?limit=2").json();

        assertThat(playlist.path("name").asText()).isEqualTo("Road trip");
        assertThat(playlist.path("comment").asText()).isEqualTo("car");
        assertThat(playlist.path("public").asBoolean()).isTrue();
        assertThat(playlist.path("owner").asText()).isEqualTo("listener");
        assertThat(playlist.path("trackCount").asInt()).isEqualTo(3);
        assertThat(playlist.path("durationMs").asLong()).isEqualTo(3 * 215_500);
        assertThat(playlist.path("tracks").path("total").asLong()).isEqualTo(3);
        assertThat(playlist.path("tracks").path("items").findValuesAsText("title")).containsExactly("Two", "One");
        assertThat(user.get("/api/playlists").json().path("items").findValuesAsText("name"))
                .containsExactly("Road trip");
    }

    @Test
    void anotherUsersPrivatePlaylist_isA404_andTheirPublicOneCannotBeChanged_butAnAdminMay() {
        long hidden = create(api, "{\"name\": \"admin's secret\"}");
        long shared = create(api, "{\"name\": \"admin's shared\", \"public\": true}");

        assertThat(user.get("/api/playlists/" + hidden).status()).isEqualTo(404);
        assertThat(user.get("/api/playlists/" + hidden).body()).doesNotContain("secret");
        assertThat(user.send("PATCH", "/api/playlists/" + hidden, "{\"name\": \"x\"}").status()).isEqualTo(404);
        assertThat(user.send("DELETE", "/api/playlists/" + hidden).status()).isEqualTo(404);
        assertThat(user.get("/api/playlists").json().path("items").findValuesAsText("name"))
                .containsExactly("admin's shared");

        assertThat(user.get("/api/playlists/" + shared).status()).isEqualTo(200);
        RunningApi.Response refused = user.send("PATCH", "/api/playlists/" + shared, "{\"name\": \"mine\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("type").asText()).isEqualTo("urn:tonearm:problem:forbidden");
        assertThat(user.send("POST", "/api/playlists/" + shared + "/tracks", "{\"trackIds\": [" + one.id() + "]}")
                .status()).isEqualTo(403);

        long users = create(user, "{\"name\": \"the user's\"}");
        assertThat(api.send("PATCH", "/api/playlists/" + users, "{\"name\": \"renamed by an admin\"}").status())
                .isEqualTo(200);
        assertThat(api.send("DELETE", "/api/playlists/" + users).status()).isEqualTo(204);
        assertThat(user.get("/api/playlists/" + users).status()).isEqualTo(404);
    }

    @Test
    void patch_changesWhatItNames() {
        long id = create(user, "{\"name\": \"old\", \"comment\": \"keep\"}");

        RunningApi.Response changed = user.send("PATCH", "/api/playlists/" + id,
                "{\"name\": \"new\", \"public\": true}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("name").asText()).isEqualTo("new");
        assertThat(changed.json().path("comment").asText()).isEqualTo("keep");
        assertThat(changed.json().path("public").asBoolean()).isTrue();
    }

    @Test
    void entries_areReplacedAppendedAndRemovedByIndex() {
        long id = create(user, "{\"name\": \"mix\"}");
        String tracks = "/api/playlists/" + id + "/tracks";

        assertThat(user.send("PUT", tracks, "{\"trackIds\": [" + one.id() + ", " + two.id() + "]}").json()
                .path("trackCount").asInt()).isEqualTo(2);
        assertThat(user.send("POST", tracks, "{\"trackIds\": [" + one.id() + "]}").json().path("trackCount").asInt())
                .isEqualTo(3);
        assertThat(user.send("DELETE", tracks + "/0").json().path("trackCount").asInt()).isEqualTo(2);

        assertThat(user.get("/api/playlists/" + id).json().path("tracks").path("items").findValuesAsText("title"))
                .containsExactly("Two", "One");
    }

    @Test
    void anEntry_movesToAnotherIndex_theOthersKeepingTheirOrder() {
        Track three = api.library.add("/music/c/three.mp3", "Three", "Cy", "Third");
        long id = create(user, "{\"name\": \"mix\", \"trackIds\": [" + one.id() + ", " + two.id() + ", "
                + three.id() + "]}");

        assertThat(user.send("PATCH", "/api/playlists/" + id + "/tracks/0", "{\"to\": 2}").status()).isEqualTo(200);

        assertThat(user.get("/api/playlists/" + id).json().path("tracks").path("items").findValuesAsText("title"))
                .containsExactly("Two", "Three", "One");
        assertThat(user.send("PATCH", "/api/playlists/" + id + "/tracks/3", "{\"to\": 0}").invalidParamNames())
                .containsExactly("index");
        assertThat(user.send("PATCH", "/api/playlists/" + id + "/tracks/0", "{\"to\": 3}").invalidParamNames())
                .containsExactly("to");
        assertThat(user.send("PATCH", "/api/playlists/" + id + "/tracks/0", "{}").invalidParamNames())
                .containsExactly("to");
    }

    @Test
    void badInput_isA400NamingIt() {
        RunningApi.Response blank = user.send("POST", "/api/playlists", "{\"name\": \" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.invalidParamNames()).containsExactly("name");

        RunningApi.Response unknown = user.send("POST", "/api/playlists", "{\"name\": \"x\", \"trackIds\": [" + one.id()
                + ", 9999]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.invalidParamNames()).containsExactly("trackIds");
        assertThat(unknown.body()).contains("9999");
        assertThat(user.get("/api/playlists").json().path("total").asLong()).isZero();

        long id = create(user, "{\"name\": \"mix\", \"trackIds\": [" + one.id() + "]}");
        RunningApi.Response outOfRange = user.send("DELETE", "/api/playlists/" + id + "/tracks/1");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.invalidParamNames()).containsExactly("index");
        assertThat(user.send("DELETE", "/api/playlists/" + id + "/tracks/x").invalidParamNames())
                .containsExactly("index");
        RunningApi.Response badFlag = user.send("PATCH", "/api/playlists/" + id, "{\"public\": \"yes\"}");
        assertThat(badFlag.status()).isEqualTo(400);
        assertThat(badFlag.invalidParamNames()).containsExactly("public");
    }

    @Test
    void export_writesM3u8_withExtinfLinesAndStoredPaths_byPathOrByAccept() {
        long id = create(user, "{\"name\": \"Road trip\", \"trackIds\": [" + two.id() + ", " + one.id() + "]}");
        String expected = "#EXTM3U\n#PLAYLIST:Road trip\n#EXTINF:215,Bob - Two\n/music/b/two.flac\n"
                + "#EXTINF:215,Ann - One\n/music/a/one.mp3\n";

        RunningApi.Response byPath = user.get("/api/playlists/" + id + ".m3u8");
        RunningApi.Response byAccept = user.send(HttpRequest.newBuilder(user.uri("/api/playlists/" + id))
                .header("Accept", "audio/x-mpegurl").GET());

        assertThat(byPath.status()).isEqualTo(200);
        assertThat(byPath.contentType()).startsWith("audio/x-mpegurl");
        assertThat(byPath.body()).isEqualTo(expected);
        assertThat(byAccept.body()).isEqualTo(expected);
        assertThat(user.get("/api/playlists/9999.m3u8").status()).isEqualTo(404);
    }

    @Test
    void import_resolvesEachPathToItsTrack_andAnUnknownPathCreatesNothing() {
        String file = "#EXTM3U\n#PLAYLIST:From the car\n#EXTINF:215,Bob - Two\n/music/b/two.flac\n\n"
                + "file:///music/a/one.mp3\n";

        RunningApi.Response imported = importing(file, "");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().path("name").asText()).isEqualTo("From the car");
        long id = imported.json().path("id").asLong();
        assertThat(user.get("/api/playlists/" + id).json().path("tracks").path("items").findValuesAsText("title"))
                .containsExactly("Two", "One");

        RunningApi.Response refused = importing("/music/b/two.flac\n/music/nowhere.mp3\n", "?name=Named");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidParamNames()).containsExactly("paths");
        assertThat(refused.body()).contains("/music/nowhere.mp3");
        assertThat(user.get("/api/playlists").json().path("items").findValuesAsText("name"))
                .containsExactly("From the car");
    }

    @Test
    void anExportedPlaylist_importsAsTheSameEntries() {
        long id = create(user, "{\"name\": \"loop\", \"trackIds\": [" + one.id() + ", " + two.id() + ", " + one.id()
                + "]}");
        String exported = user.get("/api/playlists/" + id + ".m3u8").body();

        long copy = importing(exported, "?name=copy").json().path("id").asLong();

        assertThat(trackIds(copy)).isEqualTo(trackIds(id)).containsExactly(one.id().value(), two.id().value(),
                one.id().value());
    }

    @Test
    void pathsRelativeToTheLibraryRoot_areExportedOnRequest_andImportedAgainstTheRoots() {
        String root = Path.of(System.getProperty("java.io.tmpdir")).normalize().toString(); // the fake scans' root
        Track under = api.library.add(root + "/music/c/three.ogg", "Three", "Cy", "Third");
        long id = create(user, "{\"name\": \"rooted\", \"trackIds\": [" + under.id() + ", " + one.id() + "]}");

        String relative = user.get("/api/playlists/" + id + ".m3u8?paths=relative").body();

        assertThat(relative).contains("\nmusic/c/three.ogg\n").as("a track under no root, as stored")
                .contains("\n/music/a/one.mp3\n");
        long copy = importing(relative, "?name=copy").json().path("id").asLong();
        assertThat(trackIds(copy)).containsExactly(under.id().value(), one.id().value());
        assertThat(user.get("/api/playlists/" + id + ".m3u8?paths=other").invalidParamNames())
                .containsExactly("paths");
    }

    private List<Long> trackIds(long playlist) {
        List<Long> ids = new ArrayList<>();
        user.get("/api/playlists/" + playlist).json().path("tracks").path("items")
                .forEach(track -> ids.add(track.path("id").asLong()));
        return ids;
    }

    private RunningApi.Response importing(String file, String query) {
        return user.send(HttpRequest.newBuilder(user.uri("/api/playlists" + query))
                .header("Content-Type", "audio/x-mpegurl").POST(HttpRequest.BodyPublishers.ofString(file)));
    }
}
