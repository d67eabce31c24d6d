package io.tonearm.bootstrap;

import static io.tonearm.bootstrap.TrackJson.track;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two users' favorites and plays stay apart through the API, with the cache on, across two nodes sharing the
 * database and Redis: a change made on node A by one user shows on node B for that user at once, and leaves the other
 * user's cached answers on node B cached.
 */
class PerUserAnnotationsApiTest {
    static TwoNodes nodes;
    static Api annOnA;
    static Api annOnB;
    static Api bobOnA;
    static Api bobOnB;

    @BeforeAll
    static void startTwoNodes(@TempDir Path dataDir) {
        nodes = TwoNodes.withRedis(dataDir);
        annOnA = nodes.a;
        annOnB = nodes.b;
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
    void aFavoriteOnOneNode_isThatUsersOnTheOther_andLeavesTheOtherUsersCachedAnswers() {
        long track = annOnA.add(track("Starred").json());
        for (Api reader : List.of(annOnB, bobOnB)) {
            reader.get("/api/tracks/" + track);
            reader.get("/api/tracks/favorites");
        }

        assertThat(bobOnA.put("/api/tracks/" + track + "/favorite").status()).isEqualTo(204);

        assertThat(bobOnB.get("/api/tracks/" + track).body().get("favorite").asBoolean()).isTrue();
        assertThat(ids(bobOnB.get("/api/tracks/favorites").body())).containsExactly(track);
        Api.Response annsTrack = annOnB.get("/api/tracks/" + track);
        Api.Response annsFavorites = annOnB.get("/api/tracks/favorites");
        assertThat(annsTrack.body().get("favorite").asBoolean()).isFalse();
        assertThat(ids(annsFavorites.body())).isEmpty();
        assertThat(annsTrack.header("X-Cache-Hit")).as("ann's view of the track, still cached").isEqualTo("true");
        assertThat(annsFavorites.header("X-Cache-Hit")).as("ann's favorites, still cached").isEqualTo("true");

        assertThat(bobOnA.delete("/api/tracks/" + track + "/favorite").status()).isEqualTo(204);
        assertThat(ids(bobOnB.get("/api/tracks/favorites").body())).isEmpty();
    }

    @Test
    void playsCountPerUser_theServersChartCountsEveryone_andUserMeChartsOnesOwn() {
        long track = annOnA.add(track("Played").json());
        annOnB.get("/api/charts");
        bobOnB.get("/api/charts?user=me");

        assertThat(annOnA.post("/api/tracks/" + track + "/plays").body().get("playCount").asLong()).isEqualTo(1);
        assertThat(annOnA.post("/api/tracks/" + track + "/plays").body().get("playCount").asLong()).isEqualTo(2);
        assertThat(bobOnA.post("/api/tracks/" + track + "/plays").body().get("playCount").asLong()).isEqualTo(1);

        assertThat(annOnB.get("/api/tracks/" + track).body().get("playCount").asLong()).isEqualTo(2);
        assertThat(bobOnB.get("/api/tracks/" + track).body().get("playCount").asLong()).isEqualTo(1);
        assertThat(ids(annOnB.get("/api/tracks/recent").body())).containsExactly(track);
        JsonNode serverChart = bobOnB.get("/api/charts").body().get("items").get(0);
        assertThat(serverChart.get("plays").asLong()).as("everyone's plays").isEqualTo(3);
        assertThat(serverChart.get("track").get("playCount").asLong()).as("bob's own count").isEqualTo(1);
        assertThat(annOnB.get("/api/charts?user=me").body().get("items").get(0).get("plays").asLong()).isEqualTo(2);
        assertThat(bobOnB.get("/api/charts?user=me").body().get("items").get(0).get("plays").asLong()).isEqualTo(1);
        Api.Response someoneElse = bobOnB.get("/api/charts?user=ann");
        assertThat(someoneElse.status()).isEqualTo(400);
        assertThat(someoneElse.text()).contains("user must be me");
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
