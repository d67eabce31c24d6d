package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.QueryStatistics;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stars of albums and artists and ratings, on the whole stack: through Subsonic's /rest and the JSON API they are
 * the same per-user use cases, so a star through either drops exactly the same cached queries; getStarred2 lists
 * all three kinds, every element carries the caller's {@code starred} and {@code userRating}, the
 * {@code starred} and {@code highest} album lists are the caller's, and the errors are the protocol's.
 */
class SubsonicStarsAndRatingsApiTest extends FullStackTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUBSONIC_PASSWORD = "admin-subsonic-password";

    private long song;
    private long firstAlbum;
    private long secondAlbum;
    private long artist;

    @BeforeEach
    void twoAlbumsOfOneArtist_andASubsonicPassword() {
        song = api.add(track("Song One", "Disc One", "/music/one.mp3"));
        api.add(track("Song Two", "Disc Two", "/music/two.mp3"));
        List<Long> albums = api.get("/api/albums").ids();
        firstAlbum = albums.get(0);
        secondAlbum = albums.get(1);
        artist = api.get("/api/artists").ids().get(0);
        assertThat(api.put("/api/users/me/subsonic-password", "{\"password\": \"" + SUBSONIC_PASSWORD + "\"}")
                .status()).isEqualTo(204);
    }

    private static String track(String title, String album, String path) {
        return "{\"path\": \"" + path + "\", \"title\": \"" + title + "\", \"artists\": [\"Band\"], \"album\": \""
                + album + "\", \"durationMs\": 200000, \"format\": \"MP3\", \"fileSize\": 1234, "
                + "\"fileModifiedAt\": \"2024-01-01T00:00:00Z\"}";
    }

    private static String call(String method, String query, String format) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(tonearm.uri().resolve("/rest/"
                    + method + "?u=" + Api.ADMIN + "&p=" + SUBSONIC_PASSWORD + "&v=1.16.1&c=test&f=" + format
                    + query)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode rest(String method, String query) {
        try {
            return JSON.readTree(call(method, query, "json")).get("subsonic-response");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void ok(JsonNode answer) {
        assertThat(answer.get("status").asText()).as(answer.toString()).isEqualTo("ok");
    }

    /** Reads the lists and both albums through /rest and /api (warming them); answers each query's misses. */
    private Map<String, Long> readEverything() {
        ok(rest("getAlbumList2", "&type=starred"));
        ok(rest("getAlbumList2", "&type=highest"));
        ok(rest("getStarred2", ""));
        ok(rest("getAlbum", "&id=al-" + firstAlbum));
        ok(rest("getAlbum", "&id=al-" + secondAlbum));
        ok(rest("getArtist", "&id=ar-" + artist));
        assertThat(api.get("/api/albums").status()).isEqualTo(200);
        assertThat(api.get("/api/tracks").status()).isEqualTo(200);
        Map<String, Long> misses = new TreeMap<>();
        for (QueryStatistics query : tonearm.injector().getInstance(QueryCache.class).statistics().queries()) {
            misses.put(query.query(), query.misses());
        }
        return misses;
    }

    /** @return the queries loaded again after the change, with how often, when everything is read again */
    private Map<String, Long> reloadedBy(Runnable change) {
        Map<String, Long> before = readEverything();
        change.run();
        Map<String, Long> after = readEverything();
        Map<String, Long> reloaded = new TreeMap<>();
        after.forEach((query, misses) -> {
            long more = misses - before.getOrDefault(query, 0L);
            if (more > 0) {
                reloaded.put(query, more);
            }
        });
        return reloaded;
    }

    @Test
    void anAlbumStarThroughRest_dropsExactlyWhatOneThroughTheApiDrops_andBothShowInEitherList() {
        Map<String, Long> byRest = reloadedBy(() -> ok(rest("star", "&albumId=al-" + firstAlbum)));
        Map<String, Long> byApi = reloadedBy(() ->
                assertThat(api.put("/api/albums/" + secondAlbum + "/favorite").status()).isEqualTo(204));

        assertThat(byRest).as("a star through /rest").containsKeys("starred.albums", "annotations.byAlbum")
                .doesNotContainKeys("albums.all", "albums.byId", "rated.albums", "starred.artists", "tracks.all")
                .isEqualTo(byApi);
        assertThat(rest("getAlbumList2", "&type=starred").get("albumList2").get("album").findValuesAsText("id"))
                .as("the latest star first").containsExactly("al-" + secondAlbum, "al-" + firstAlbum);

        Map<String, Long> unstarByRest = reloadedBy(() -> ok(rest("unstar", "&id=al-" + firstAlbum)));
        Map<String, Long> unstarByApi = reloadedBy(() ->
                assertThat(api.delete("/api/albums/" + secondAlbum + "/favorite").status()).isEqualTo(204));
        assertThat(unstarByRest).isEqualTo(unstarByApi);
        assertThat(rest("getAlbumList2", "&type=starred").get("albumList2").get("album")).isEmpty();
    }

    @Test
    void getStarred2_showsArtistsAlbumsAndSongs_withTheirStarringTimes_inXmlAndJson() {
        ok(rest("star", "&id=tr-" + song + "&albumId=al-" + firstAlbum + "&artistId=ar-" + artist));

        JsonNode starred = rest("getStarred2", "").get("starred2");
        assertThat(starred.get("artist").findValuesAsText("id")).containsExactly("ar-" + artist);
        assertThat(starred.get("album").findValuesAsText("id")).containsExactly("al-" + firstAlbum);
        // each song's own id (findValuesAsText would also find the ids in its OpenSubsonic artists)
        List<String> songs = new java.util.ArrayList<>();
        starred.get("song").forEach(entry -> songs.add(entry.get("id").asText()));
        assertThat(songs).containsExactly("tr-" + song);
        for (String kind : List.of("artist", "album", "song")) {
            assertThat(java.time.Instant.parse(starred.get(kind).get(0).get("starred").asText()))
                    .as(kind).isAfter(java.time.Instant.now().minusSeconds(120));
        }
        assertThat(rest("getArtists", "").at("/artists/index/0/artist/0/starred").isTextual()).isTrue();
        assertThat(rest("search3", "&query=disc").at("/searchResult3/album").findValuesAsText("starred"))
                .hasSize(1);

        String xml = call("getStarred2", "", "xml");
        assertThat(xml).contains("<artist id=\"ar-" + artist + "\"", "<album id=\"al-" + firstAlbum + "\"",
                "<song id=\"tr-" + song + "\"", "starred=\"");
        assertThat(call("getStarred", "", "xml")).contains("<album id=\"al-" + firstAlbum + "\"", "isDir=\"true\"");

        ok(rest("unstar", "&id=ar-" + artist + "&id=tr-" + song));
        starred = rest("getStarred2", "").get("starred2");
        assertThat(starred.get("artist")).isEmpty();
        assertThat(starred.get("song")).isEmpty();
        assertThat(starred.get("album")).hasSize(1);
        assertThat(api.get("/api/tracks/favorites").ids()).isEmpty();
    }

    @Test
    void setRating_showsAsUserRating_ordersTheHighestList_andIsTheSameThroughTheApi() {
        ok(rest("setRating", "&id=al-" + firstAlbum + "&rating=3"));
        assertThat(api.put("/api/albums/" + secondAlbum + "/rating", "{\"rating\": 5}").status()).isEqualTo(204);
        ok(rest("setRating", "&id=tr-" + song + "&rating=4"));
        assertThat(api.put("/api/artists/" + artist + "/rating", "{\"rating\": 2}").status()).isEqualTo(204);

        assertThat(rest("getAlbumList2", "&type=highest").get("albumList2").get("album").findValuesAsText("id"))
                .containsExactly("al-" + secondAlbum, "al-" + firstAlbum);
        assertThat(call("getAlbumList", "&type=highest", "xml")).contains("userRating=\"5\"");
        assertThat(rest("getSong", "&id=tr-" + song).at("/song/userRating").asInt()).isEqualTo(4);
        assertThat(rest("getAlbum", "&id=al-" + firstAlbum).at("/album/userRating").asInt()).isEqualTo(3);
        assertThat(rest("getArtist", "&id=ar-" + artist).at("/artist/userRating").asInt()).isEqualTo(2);
        assertThat(call("getSong", "&id=tr-" + song, "xml")).contains("userRating=\"4\"");

        assertThat(api.delete("/api/tracks/" + song + "/rating").status()).isEqualTo(204);
        ok(rest("setRating", "&id=al-" + secondAlbum + "&rating=0"));
        assertThat(rest("getSong", "&id=tr-" + song).at("/song").has("userRating")).isFalse();
        assertThat(rest("getAlbumList2", "&type=highest").get("albumList2").get("album").findValuesAsText("id"))
                .containsExactly("al-" + firstAlbum);
    }

    @Test
    void starsAndRatingsAreEachUsersOwn_andGoWithTheUser() {
        Api other = api.newUser("stars-other-" + System.nanoTime(), "other-password", false);
        assertThat(other.put("/api/albums/" + firstAlbum + "/favorite").status()).isEqualTo(204);
        assertThat(other.put("/api/albums/" + firstAlbum + "/rating", "{\"rating\": 1}").status()).isEqualTo(204);

        assertThat(rest("getAlbumList2", "&type=starred").get("albumList2").get("album")).isEmpty();
        assertThat(rest("getAlbumList2", "&type=highest").get("albumList2").get("album")).isEmpty();
        assertThat(rest("getAlbum", "&id=al-" + firstAlbum).get("album").has("starred")).isFalse();
    }

    @Test
    void errors_missingIdIs10_unknownIs70_aBadRatingIs0NamingIt() {
        assertThat(rest("star", "").at("/error/code").asInt()).isEqualTo(10);
        assertThat(rest("setRating", "&rating=3").at("/error/code").asInt()).isEqualTo(10);
        assertThat(rest("star", "&albumId=al-999999").at("/error/code").asInt()).isEqualTo(70);
        assertThat(rest("star", "&artistId=ar-999999").at("/error/code").asInt()).isEqualTo(70);
        assertThat(rest("setRating", "&id=al-999999&rating=3").at("/error/code").asInt()).isEqualTo(70);
        assertThat(rest("setRating", "&id=tr-" + song + "&rating=6").at("/error/code").asInt()).isZero();
        assertThat(rest("setRating", "&id=tr-" + song + "&rating=6").at("/error/message").asText())
                .contains("rating");
        assertThat(rest("star", "&id=tr-" + song + "&albumId=al-999999").at("/error/code").asInt()).isEqualTo(70);
        assertThat(api.get("/api/tracks/favorites").ids()).as("nothing changed").isEmpty();

        assertThat(api.put("/api/albums/999999/favorite").status()).isEqualTo(404);
        assertThat(api.put("/api/artists/" + artist + "/rating", "{\"rating\": 9}").status()).isEqualTo(400);
        assertThat(api.put("/api/artists/" + artist + "/rating", "{\"rating\": 9}").invalidParams())
                .containsExactly("rating");
        assertThat(api.put("/api/tracks/" + song + "/rating", "{}").invalidParams()).containsExactly("rating");
    }
}
