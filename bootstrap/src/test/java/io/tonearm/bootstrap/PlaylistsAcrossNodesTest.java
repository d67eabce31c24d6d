package io.tonearm.bootstrap;

import static io.tonearm.bootstrap.TrackJson.track;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Playlists on the whole stack: two servers sharing one database and no Redis, so that the change log is the only
 * way node B hears of node A's changes. A playlist changed on node A shows on node B (whose answers were cached)
 * within the poll interval; a private playlist stays hidden from other users on both; a track deleted on node A
 * leaves the playlists on node B; an M3U8 exported on one node imports on the other as the same entries.
 */
class PlaylistsAcrossNodesTest {
    /** Poll interval plus a request, with room for a busy machine. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    static TwoNodes nodes;
    static Api adminOnA;
    static Api bobOnA;
    static Api bobOnB;

    @BeforeAll
    static void startTwoNodes(@TempDir Path dataDir) {
        nodes = TwoNodes.withoutRedis(dataDir, "100ms");
        adminOnA = nodes.a;
        bobOnA = nodes.a.newUser("bob", "bob-password", false);
        bobOnB = nodes.b.as("bob", "bob-password");
    }

    @AfterAll
    static void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aPublicPlaylistChangedOnOneNode_showsOnTheOther_withinThePollInterval() {
        long one = adminOnA.add(track("Across One").json());
        long two = adminOnA.add(track("Across Two").json());
        long id = adminOnA.post("/api/playlists", "{\"name\": \"shared mix\", \"public\": true, \"trackIds\": ["
                + one + ", " + two + "]}").body().get("id").asLong();
        assertThat(names(bobOnB)).contains("shared mix");
        assertThat(bobOnB.get("/api/playlists/" + id).body().get("trackCount").asInt()).isEqualTo(2);
        assertThat(bobOnB.get("/api/playlists/" + id).body().get("trackCount").asInt()).as("cached on B")
                .isEqualTo(2);

        assertThat(adminOnA.patch("/api/playlists/" + id, "{\"name\": \"renamed mix\"}").status()).isEqualTo(200);
        assertThat(adminOnA.post("/api/playlists/" + id + "/tracks", "{\"trackIds\": [" + one + "]}").status())
                .isEqualTo(200);

        within("node B lists the new name", () -> names(bobOnB).contains("renamed mix"));
        within("node B has the appended entry", () -> titles(bobOnB, id).equals(List.of("Across One", "Across Two",
                "Across One")));

        assertThat(adminOnA.delete("/api/tracks/" + one).status()).isEqualTo(204);
        within("the deleted track left the playlist on node B", () -> titles(bobOnB, id).equals(
                List.of("Across Two")));
        assertThat(bobOnB.get("/api/playlists/" + id).body().get("trackCount").asInt()).isEqualTo(1);
    }

    @Test
    void aPrivatePlaylist_isItsOwnersOnBothNodes_andHiddenFromOthers() {
        long track = adminOnA.add(track("Private One").json());
        long id = bobOnB.post("/api/playlists", "{\"name\": \"bob's secret\", \"trackIds\": [" + track + "]}").body()
                .get("id").asLong();

        assertThat(bobOnA.get("/api/playlists/" + id).status()).isEqualTo(200);
        assertThat(adminOnA.get("/api/playlists").body().toString()).doesNotContain("bob's secret");
        Api carolOnA = nodes.a.newUser("carol", "carol-password", false);
        assertThat(carolOnA.get("/api/playlists/" + id).status()).isEqualTo(404);
        assertThat(carolOnA.patch("/api/playlists/" + id, "{\"name\": \"x\"}").status()).isEqualTo(404);
        assertThat(names(bobOnB)).contains("bob's secret");

        assertThat(bobOnA.patch("/api/playlists/" + id, "{\"name\": \"bob's renamed\"}").status()).isEqualTo(200);
        within("node B lists bob's new name", () -> names(bobOnB).contains("bob's renamed"));
    }

    @Test
    void anM3u8ExportedOnOneNode_importsOnTheOther_asTheSameEntries() {
        long one = adminOnA.add(track("Exported One").json());
        long two = adminOnA.add(track("Exported Two").json());
        long id = bobOnA.post("/api/playlists", "{\"name\": \"to export\", \"trackIds\": [" + two + ", " + one
                + ", " + two + "]}").body().get("id").asLong();

        Api.Response exported = bobOnA.get("/api/playlists/" + id + ".m3u8");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.text()).startsWith("#EXTM3U\n#PLAYLIST:to export\n#EXTINF:");
        Api.Response imported = bobOnB.post("/api/playlists?name=copy", "audio/x-mpegurl", exported.text());

        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        long copy = imported.body().get("id").asLong();
        assertThat(titles(bobOnB, copy)).containsExactly("Exported Two", "Exported One", "Exported Two");
    }

    private static List<String> names(Api client) {
        List<String> names = new ArrayList<>();
        client.get("/api/playlists?limit=500").body().get("items")
                .forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static List<String> titles(Api client, long playlist) {
        List<String> titles = new ArrayList<>();
        JsonNode tracks = client.get("/api/playlists/" + playlist + "?limit=500").body().get("tracks");
        tracks.get("items").forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }

    private static void within(String what, BooleanSupplier condition) {
        long start = System.nanoTime();
        Await.until(what, condition);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(what).isLessThan(BOUND);
    }
}
