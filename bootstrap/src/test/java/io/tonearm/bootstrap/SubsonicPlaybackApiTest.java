package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subsonic's saved play queue and bookmarks, each user's own, through the whole server: what an app saves on one
 * device, another device of the same user reads back, in order, with the songs as that user sees them.
 */
class SubsonicPlaybackApiTest extends FullStackTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUBSONIC_PASSWORD = "admin-subsonic-password";

    private long first;
    private long second;
    private long third;

    @BeforeEach
    void threeTracks_andASubsonicPassword() {
        first = api.add(track("Chapter One", "/books/one.mp3"));
        second = api.add(track("Chapter Two", "/books/two.mp3"));
        third = api.add(track("Chapter Three", "/books/three.mp3"));
        assertThat(api.put("/api/users/me/subsonic-password", "{\"password\": \"" + SUBSONIC_PASSWORD + "\"}")
                .status()).isEqualTo(204);
    }

    private static String track(String title, String path) {
        return "{\"path\": \"" + path + "\", \"title\": \"" + title + "\", \"artists\": [\"Reader\"], "
                + "\"album\": \"Book\", \"durationMs\": 600000, \"format\": \"MP3\", \"fileSize\": 1234, "
                + "\"fileModifiedAt\": \"2024-01-01T00:00:00Z\"}";
    }

    private static String rest(String user, String password, String method, String query) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(tonearm.uri().resolve("/rest/" + method
                + "?u=" + user + "&p=" + password + "&v=1.16.1" + (query.contains("&c=") ? "" : "&c=phone") + query))
                .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode json(String method, String query) throws Exception {
        JsonNode answer = JSON.readTree(rest(Api.ADMIN, SUBSONIC_PASSWORD, method, "&f=json" + query))
                .get("subsonic-response");
        assertThat(answer.get("status").asText()).as(answer.toString()).isEqualTo("ok");
        return answer;
    }

    private static List<String> ids(JsonNode entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(entry -> ids.add(entry.get("id").asText()));
        return ids;
    }

    @Test
    void aSavedQueue_comesBackInOrder_withItsCurrentSongAndPosition_inJsonAndXml() throws Exception {
        json("savePlayQueue", "&id=tr-" + second + "&id=tr-" + first + "&id=tr-" + second + "&current=tr-" + first
                + "&position=61500");

        JsonNode queue = json("getPlayQueue", "").get("playQueue");

        assertThat(ids(queue.get("entry"))).containsExactly("tr-" + second, "tr-" + first, "tr-" + second);
        assertThat(queue.get("current").asText()).isEqualTo("tr-" + first);
        assertThat(queue.get("position").asLong()).isEqualTo(61_500);
        assertThat(queue.get("username").asText()).isEqualTo(Api.ADMIN);
        assertThat(queue.get("changedBy").asText()).isEqualTo("phone");
        assertThat(queue.get("entry").get(0).get("title").asText()).isEqualTo("Chapter Two");
        assertThat(rest(Api.ADMIN, SUBSONIC_PASSWORD, "getPlayQueue", ""))
                .contains("<playQueue current=\"tr-" + first + "\" position=\"61500\"", "<entry id=\"tr-" + second);
    }

    @Test
    void aQueue_isTheUsersOwn_andSavingNoSongsClearsIt() throws Exception {
        json("savePlayQueue", "&id=tr-" + third);
        Api other = api.newUser("queue-other-" + System.nanoTime(), "other-password", false);
        String otherName = other.get("/api/users/me").body().get("name").asText();
        assertThat(other.put("/api/users/me/subsonic-password", "{\"password\": \"other-subsonic\"}").status())
                .isEqualTo(204);

        assertThat(rest(otherName, "other-subsonic", "getPlayQueue", "&f=json")).doesNotContain("playQueue");
        json("savePlayQueue", "");
        assertThat(json("getPlayQueue", "").has("playQueue")).isFalse();
    }

    @Test
    void anUnknownSong_orACurrentSongOutsideTheQueue_isAnError_andTheSavedQueueStays() throws Exception {
        json("savePlayQueue", "&id=tr-" + first);

        assertThat(rest(Api.ADMIN, SUBSONIC_PASSWORD, "savePlayQueue", "&f=json&id=tr-999999"))
                .contains("\"code\":0", "999999");
        assertThat(rest(Api.ADMIN, SUBSONIC_PASSWORD, "savePlayQueue", "&f=json&id=tr-" + first + "&current=tr-"
                + second)).contains("\"code\":0", "current");
        assertThat(rest(Api.ADMIN, SUBSONIC_PASSWORD, "savePlayQueue", "&f=json&id=nonsense"))
                .contains("\"code\":70");
        assertThat(ids(json("getPlayQueue", "").get("playQueue").get("entry"))).containsExactly("tr-" + first);
    }

    @Test
    void bookmarks_areSetMovedListedAndDeleted() throws Exception {
        json("createBookmark", "&id=tr-" + first + "&position=1000&comment=start");
        json("createBookmark", "&id=tr-" + third + "&position=2000");
        json("createBookmark", "&id=tr-" + first + "&position=3000&comment=further");

        JsonNode bookmarks = json("getBookmarks", "").get("bookmarks").get("bookmark");

        assertThat(bookmarks).hasSize(2);
        assertThat(bookmarks.get(0).get("entry").get("id").asText()).isEqualTo("tr-" + first);
        assertThat(bookmarks.get(0).get("position").asLong()).isEqualTo(3000);
        assertThat(bookmarks.get(0).get("comment").asText()).isEqualTo("further");
        assertThat(bookmarks.get(1).get("entry").get("id").asText()).isEqualTo("tr-" + third);

        json("deleteBookmark", "&id=tr-" + first);
        assertThat(json("getBookmarks", "").get("bookmarks").get("bookmark")).hasSize(1);
        assertThat(rest(Api.ADMIN, SUBSONIC_PASSWORD, "deleteBookmark", "&f=json&id=tr-" + first))
                .contains("\"code\":70");
        assertThat(rest(Api.ADMIN, SUBSONIC_PASSWORD, "createBookmark", "&f=json&id=tr-999999&position=1"))
                .contains("\"code\":70");
        assertThat(rest(Api.ADMIN, SUBSONIC_PASSWORD, "createBookmark", "&f=json&id=tr-" + first))
                .contains("\"code\":10", "position");
    }

    @Test
    void aPlayerSayingWhatItPlays_showsInEveryonesNowPlaying_withoutCountingAPlay() throws Exception {
        Api other = api.newUser("now-other-" + System.nanoTime(), "other-password", false);
        String otherName = other.get("/api/users/me").body().get("name").asText();
        assertThat(other.put("/api/users/me/subsonic-password", "{\"password\": \"other-subsonic\"}").status())
                .isEqualTo(204);

        json("scrobble", "&id=tr-" + first + "&submission=false");
        assertThat(rest(otherName, "other-subsonic", "scrobble", "&f=json&c=desktop&id=tr-" + second
                + "&submission=false")).contains("\"status\":\"ok\"");

        JsonNode entries = JSON.readTree(rest(otherName, "other-subsonic", "getNowPlaying", "&f=json"))
                .get("subsonic-response").get("nowPlaying").get("entry");
        assertThat(ids(entries)).containsExactly("tr-" + second, "tr-" + first);
        assertThat(entries.get(0).get("username").asText()).isEqualTo(otherName);
        assertThat(entries.get(0).get("playerName").asText()).isEqualTo("desktop");
        assertThat(entries.get(1).get("username").asText()).isEqualTo(Api.ADMIN);
        assertThat(entries.get(1).get("playerName").asText()).isEqualTo("phone");
        assertThat(entries.get(1).get("minutesAgo").asLong()).isZero();
        assertThat(api.get("/api/tracks/" + first).body().get("playCount").asLong()).as("not a play").isZero();

        json("scrobble", "&id=tr-" + third + "&submission=false");
        assertThat(ids(json("getNowPlaying", "").get("nowPlaying").get("entry")))
                .as("the phone plays another song now").containsExactly("tr-" + third, "tr-" + second);
    }
}
