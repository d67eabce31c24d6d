package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.application.users.testing.TestUsers;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Track;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.UserName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Subsonic's album lists, random songs, genres and search through the running server. */
class SubsonicListsTest {
    private static final String AUTH = "u=" + TestUsers.USER + "&p=" + SubsonicApiTest.SUBSONIC_PASSWORD
            + "&v=1.16.1&c=test&f=json";
    private static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        api.users.accounts.setSubsonicPassword(api.users.accounts.findUserByName(UserName.of(TestUsers.USER))
                .orElseThrow().id(), Password.of(SubsonicApiTest.SUBSONIC_PASSWORD));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void reset() {
        api.library.reset();
        api.stars.reset();
    }

    private static Track add(String title, String artist, String album, Integer year, String genre) {
        return api.library.addTrack(new NewTrack("/music/" + artist + "/" + album + "/" + title + ".mp3", title,
                List.of(artist), album, null, 1, 1, year, genre, Duration.ofSeconds(200), 320, 44_100, "MP3",
                1000, Instant.parse("2024-01-01T00:00:00Z"), null));
    }

    private static JsonNode rest(String method, String query) {
        RunningApi.Response response = api.anonymous().get("/rest/" + method + "?" + AUTH + query);
        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json().get("subsonic-response");
        return answer;
    }

    private static List<String> names(JsonNode list, String field) {
        return list == null ? List.of() : list.findValuesAsText(field);
    }

    /**
     * Three albums, added in this order: Zebra (1990, Jazz) by Abba, Mango (1999, Rock) by Moby, Apple (2005, Rock,
     * two songs) by The Zombies. The library lists albums and artists in its own order (the fake: as added).
     */
    private void threeAlbums() {
        add("z1", "Abba", "Zebra", 1990, "Jazz");
        add("m1", "Moby", "Mango", 1999, "Rock");
        add("a1", "The Zombies", "Apple", 2005, "Rock");
        add("a2", "The Zombies", "Apple", 2005, "Rock");
    }

    @Test
    void getAlbumList2_alphabetically_byNameAndByArtist_withSizeAndOffset() {
        threeAlbums();
        add("b1", "Abba", "Banana", 1985, "Pop");

        JsonNode byName = rest("getAlbumList2", "&type=alphabeticalByName&size=2").get("albumList2").get("album");
        assertThat(names(byName, "name")).as("the library's order of all albums").containsExactly("Zebra", "Mango");
        assertThat(names(rest("getAlbumList2", "&type=alphabeticalByName&size=2&offset=2").get("albumList2")
                .get("album"), "name")).containsExactly("Apple", "Banana");
        assertThat(names(rest("getAlbumList2", "&type=alphabeticalByArtist&size=10").get("albumList2")
                .get("album"), "name")).containsExactly("Zebra", "Banana", "Mango", "Apple");
        assertThat(names(rest("getAlbumList2", "&type=alphabeticalByArtist&size=1&offset=1").get("albumList2")
                .get("album"), "name")).containsExactly("Banana");
        assertThat(names(rest("getAlbumList2", "&type=alphabeticalByArtist&size=2&offset=2").get("albumList2")
                .get("album"), "name")).as("a whole artist skipped").containsExactly("Mango", "Apple");
        JsonNode old = rest("getAlbumList", "&type=alphabeticalByName&size=1").get("albumList").get("album");
        assertThat(old.get(0).get("isDir").asBoolean()).isTrue();
        assertThat(old.get(0).get("title").asText()).isEqualTo("Zebra");
    }

    @Test
    void getAlbumList2_byYear_inBothDirections_andByGenre() {
        threeAlbums();

        assertThat(names(rest("getAlbumList2", "&type=byYear&fromYear=1990&toYear=2000").get("albumList2")
                .get("album"), "name")).containsExactly("Zebra", "Mango");
        assertThat(names(rest("getAlbumList2", "&type=byYear&fromYear=2010&toYear=1995").get("albumList2")
                .get("album"), "name")).containsExactly("Apple", "Mango");
        assertThat(names(rest("getAlbumList2", "&type=byGenre&genre=rock").get("albumList2").get("album"), "name"))
                .containsExactlyInAnyOrder("Apple", "Mango");
        assertThat(rest("getAlbumList2", "&type=byYear&fromYear=1990").at("/error/code").asInt()).isEqualTo(10);
        assertThat(rest("getAlbumList2", "&type=byGenre").at("/error/code").asInt()).isEqualTo(10);
        assertThat(rest("getAlbumList2", "").at("/error/code").asInt()).isEqualTo(10);
        assertThat(rest("getAlbumList2", "&type=sideways").at("/error/code").asInt()).isEqualTo(0);
        assertThat(rest("getAlbumList2", "&type=random&size=501").at("/error/code").asInt()).isEqualTo(0);
    }

    @Test
    void getAlbumList2_newest_recent_frequent_random_starred() {
        threeAlbums();
        Track played = add("p1", "Moby", "Mango", 1999, "Rock");
        api.library.recordTrackPlay(played.id(), Instant.parse("2025-01-01T00:00:00Z"));
        api.stars.setAlbumFavorite(new io.tonearm.domain.user.UserId(1), played.albumId(), true);
        api.stars.rateAlbum(new io.tonearm.domain.user.UserId(1), played.albumId(), 3);

        assertThat(names(rest("getAlbumList2", "&type=newest&size=2").get("albumList2").get("album"), "name"))
                .containsExactly("Mango", "Apple");
        assertThat(names(rest("getAlbumList2", "&type=recent").get("albumList2").get("album"), "name"))
                .containsExactly("Mango");
        assertThat(names(rest("getAlbumList2", "&type=frequent").get("albumList2").get("album"), "name"))
                .containsExactly("Mango");
        assertThat(names(rest("getAlbumList2", "&type=starred").get("albumList2").get("album"), "name"))
                .containsExactly("Mango");
        assertThat(names(rest("getAlbumList2", "&type=random&size=10").get("albumList2").get("album"), "name"))
                .containsExactlyInAnyOrder("Apple", "Mango", "Zebra");
        assertThat(names(rest("getAlbumList2", "&type=highest").get("albumList2").get("album"), "name"))
                .containsExactly("Mango");
    }

    @Test
    void getRandomSongs_getSongsByGenre_andGetGenres() {
        threeAlbums();

        JsonNode random = rest("getRandomSongs", "&size=10").get("randomSongs").get("song");
        assertThat(names(random, "title")).containsExactlyInAnyOrder("z1", "a1", "a2", "m1");
        assertThat(names(rest("getRandomSongs", "&size=10&genre=Jazz").get("randomSongs").get("song"), "title"))
                .containsExactly("z1");
        assertThat(names(rest("getRandomSongs", "&size=10&fromYear=2000&toYear=2010").get("randomSongs")
                .get("song"), "title")).containsExactlyInAnyOrder("a1", "a2");
        assertThat(rest("getRandomSongs", "&size=2").get("randomSongs").get("song")).hasSize(2);

        assertThat(names(rest("getSongsByGenre", "&genre=Rock&count=2&offset=1").get("songsByGenre").get("song"),
                "title")).containsExactly("a1", "a2");

        JsonNode genres = rest("getGenres", "").get("genres").get("genre");
        assertThat(names(genres, "value")).containsExactly("Jazz", "Rock");
        assertThat(genres.get(1).get("songCount").asInt()).isEqualTo(3);
        assertThat(genres.get(1).get("albumCount").asInt()).isEqualTo(2);
        assertThat(rest("getNowPlaying", "").get("nowPlaying").get("entry")).isEmpty();
    }

    @Test
    void search3_findsEachKind_pagedApart_andAnEmptyQueryListsEverything() {
        threeAlbums();

        JsonNode found = rest("search3", "&query=zom").get("searchResult3");
        assertThat(names(found.get("artist"), "name")).containsExactly("The Zombies");
        assertThat(names(found.get("album"), "name")).as("by its artist").containsExactly("Apple");
        assertThat(names(found.get("song"), "title")).containsExactlyInAnyOrder("a1", "a2");

        JsonNode everything = rest("search3", "&query=%22%22&songCount=2&songOffset=2&albumCount=0")
                .get("searchResult3");
        assertThat(everything.get("song")).hasSize(2);
        assertThat(everything.get("album")).isEmpty();
        assertThat(everything.get("artist")).hasSize(3);
        assertThat(rest("search3", "").get("searchResult3").get("song")).hasSize(4);

        JsonNode old = rest("search2", "&query=mango").get("searchResult2");
        assertThat(old.get("album").get(0).get("title").asText()).isEqualTo("Mango");
        assertThat(old.get("album").get(0).get("isDir").asBoolean()).isTrue();
        assertThat(rest("search3", "&query=a&songCount=501").at("/error/code").asInt()).isEqualTo(0);
    }
}
