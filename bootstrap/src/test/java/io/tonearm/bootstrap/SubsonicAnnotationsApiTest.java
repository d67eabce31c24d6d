package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.QueryStatistics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stars and scrobbles through Subsonic's /rest are the per-user use cases of /api: a star (or a play) through
 * either drops exactly the same cached queries, each user's stars are their own, and what one entry point changes
 * the other answers.
 */
class SubsonicAnnotationsApiTest extends FullStackTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String SUBSONIC_PASSWORD = "admin-subsonic-password";
    private static final List<String> READS = List.of("/api/tracks", "/api/tracks/favorites", "/api/tracks/recent",
            "/api/tracks/popular", "/api/tracks/search?q=song");

    private long first;
    private long second;
    private long third;

    @BeforeEach
    void threeTracks_andASubsonicPassword() {
        first = api.add(track("Song One", "/music/one.mp3"));
        second = api.add(track("Song Two", "/music/two.mp3"));
        third = api.add(track("Song Three", "/music/three.mp3"));
        assertThat(api.put("/api/users/me/subsonic-password", "{\"password\": \"" + SUBSONIC_PASSWORD + "\"}")
                .status()).isEqualTo(204);
    }

    private static String track(String title, String path) {
        return "{\"path\": \"" + path + "\", \"title\": \"" + title + "\", \"artists\": [\"Band\"], \"album\": \"Disc\", "
                + "\"durationMs\": 200000, \"format\": \"MP3\", \"fileSize\": 1234, "
                + "\"fileModifiedAt\": \"2024-01-01T00:00:00Z\"}";
    }

    private static String rest(String method, String query) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(tonearm.uri().resolve("/rest/" + method
                + "?u=" + Api.ADMIN + "&p=" + SUBSONIC_PASSWORD + "&v=1.16.1&c=test&f=json" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Reads every list and the track (warming them), and answers how often each named query was loaded. */
    private static Map<String, Long> readEverything(long track) {
        READS.forEach(path -> assertThat(api.get(path).status()).isEqualTo(200));
        assertThat(api.get("/api/tracks/" + track).status()).isEqualTo(200);
        Map<String, Long> misses = new TreeMap<>();
        for (QueryStatistics query : tonearm.injector().getInstance(QueryCache.class).statistics().queries()) {
            misses.put(query.query(), query.misses());
        }
        return misses;
    }

    /** @return the queries loaded again after the change, with how often, when everything is read again */
    private static Map<String, Long> reloadedBy(long track, Runnable change) {
        Map<String, Long> before = readEverything(track);
        change.run();
        Map<String, Long> after = readEverything(track);
        Map<String, Long> reloaded = new TreeMap<>();
        after.forEach((query, misses) -> {
            long more = misses - before.getOrDefault(query, 0L);
            if (more > 0) {
                reloaded.put(query, more);
            }
        });
        return reloaded;
    }

    private static void check(String answer) {
        assertThat(answer).contains("\"status\":\"ok\"");
    }

    @Test
    void aStarThroughRest_dropsExactlyWhatAFavoriteThroughTheApiDrops_andBothShowInEitherList() throws Exception {
        Map<String, Long> byRest = reloadedBy(first, () -> {
            try {
                check(rest("star", "&id=tr-" + first));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Map<String, Long> byApi = reloadedBy(second, () ->
                assertThat(api.put("/api/tracks/" + second + "/favorite").status()).isEqualTo(204));

        assertThat(byRest).as("a star through /rest").containsKey("tracks.favorites").isEqualTo(byApi);
        assertThat(api.get("/api/tracks/favorites").ids()).containsExactlyInAnyOrder(first, second);
        String starred = rest("getStarred2", "");
        assertThat(starred).contains("\"id\":\"tr-" + first + "\"", "\"id\":\"tr-" + second + "\"", "\"starred\":")
                .doesNotContain("tr-" + third);

        Map<String, Long> unstarByRest = reloadedBy(first, () -> {
            try {
                check(rest("unstar", "&id=tr-" + first));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Map<String, Long> unstarByApi = reloadedBy(second, () ->
                assertThat(api.delete("/api/tracks/" + second + "/favorite").status()).isEqualTo(204));
        assertThat(unstarByRest).isEqualTo(unstarByApi);
        assertThat(api.get("/api/tracks/favorites").ids()).isEmpty();
    }

    @Test
    void aScrobbleThroughRest_dropsExactlyWhatAPlayThroughTheApiDrops() throws Exception {
        long at = System.currentTimeMillis() - 60_000;
        Map<String, Long> byRest = reloadedBy(first, () -> {
            try {
                check(rest("scrobble", "&id=tr-" + first + "&time=" + at + "&submission=true"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Map<String, Long> byApi = reloadedBy(second, () -> assertThat(api.post("/api/tracks/" + second + "/plays",
                "{\"playedAt\": \"" + java.time.Instant.ofEpochMilli(at) + "\"}").status()).isEqualTo(200));

        assertThat(byRest).containsKey("tracks.recent").isEqualTo(byApi);
        assertThat(api.get("/api/tracks/" + first).body().get("playCount").asLong()).isEqualTo(1);
        assertThat(api.get("/api/tracks/" + first).body().get("lastPlayedAt").asText())
                .isEqualTo(java.time.Instant.ofEpochMilli(at).toString());

        Map<String, Long> nowPlaying = reloadedBy(third, () -> {
            try {
                check(rest("scrobble", "&id=tr-" + third + "&submission=false"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(nowPlaying).as("now playing records nothing").isEmpty();
        assertThat(api.get("/api/tracks/" + third).body().get("playCount").asLong()).isZero();
    }

    @Test
    void starsAreEachUsersOwn_andAnUnknownSongChangesNothing() throws Exception {
        Api other = api.newUser("subsonic-other-" + System.nanoTime(), "other-password", false);
        check(rest("star", "&id=tr-" + first));

        assertThat(other.get("/api/tracks/favorites").ids()).isEmpty();
        assertThat(rest("star", "&id=tr-" + second + "&id=tr-999999")).contains("\"code\":70");
        assertThat(api.get("/api/tracks/favorites").ids()).as("none of the ids changed").containsExactly(first);
        assertThat(rest("star", "&albumId=al-999999")).contains("\"code\":70");
        assertThat(rest("star", "")).contains("\"code\":10");
        assertThat(rest("scrobble", "&id=tr-" + first + "&time=soon")).contains("\"code\":0", "time");
    }
}
