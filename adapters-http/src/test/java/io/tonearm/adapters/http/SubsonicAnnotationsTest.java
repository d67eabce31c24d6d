package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.application.users.testing.TestUsers;
import io.tonearm.domain.Track;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.UserName;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Subsonic's star, unstar, scrobble and getStarred through the running server, over the listener's library. */
class SubsonicAnnotationsTest {
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

    private static JsonNode rest(String method, String query) {
        RunningApi.Response response = api.anonymous().get("/rest/" + method + "?" + AUTH + query);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("subsonic-response");
    }

    @Test
    void star_marksEverySongNamed_getStarred2ListsThem_andUnstarUndoes() {
        Track one = api.library.add("/music/a/one.mp3", "One", "Band", "Disc");
        Track two = api.library.add("/music/a/two.mp3", "Two", "Band", "Disc");

        assertThat(rest("star", "&id=tr-" + one.id().value() + "&id=tr-" + two.id().value()).get("status").asText())
                .isEqualTo("ok");

        JsonNode starred = rest("getStarred2", "").get("starred2");
        assertThat(starred.get("song").findValuesAsText("title")).containsExactlyInAnyOrder("One", "Two");
        assertThat(starred.get("song").get(0).has("starred")).isTrue();
        assertThat(starred.get("album")).isEmpty();
        assertThat(starred.get("artist")).isEmpty();
        assertThat(rest("getStarred", "").get("starred").get("song")).hasSize(2);
        assertThat(rest("getSong", "&id=tr-" + one.id().value()).get("song").has("starred")).isTrue();

        rest("unstar", "&id=tr-" + one.id().value());
        assertThat(rest("getStarred2", "").get("starred2").get("song").findValuesAsText("title"))
                .containsExactly("Two");
        assertThat(rest("getSong", "&id=tr-" + one.id().value()).get("song").has("starred")).isFalse();
    }

    @Test
    void star_refusesUnknownSongs_albumsAndArtists_changingNothing() {
        Track one = api.library.add("/music/a/one.mp3", "One", "Band", "Disc");

        assertThat(rest("star", "&id=tr-" + one.id().value() + "&id=tr-999").at("/error/code").asInt())
                .isEqualTo(70);
        assertThat(rest("star", "&id=tr-" + one.id().value() + "&albumId=al-999").at("/error/code").asInt())
                .isEqualTo(70);
        assertThat(rest("star", "&artistId=ar-999").at("/error/code").asInt()).isEqualTo(70);
        assertThat(rest("star", "&albumId=tr-" + one.id().value()).at("/error/code").asInt()).as("not an album")
                .isEqualTo(70);
        assertThat(rest("star", "").at("/error/code").asInt()).isEqualTo(10);
        JsonNode starred = rest("getStarred2", "").get("starred2");
        assertThat(starred.get("song")).isEmpty();
        assertThat(starred.get("album")).isEmpty();
    }

    @Test
    void star_takesAlbumsAndArtists_byIdAlbumIdOrArtistId_andEveryElementOfThemShowsIt() {
        Track one = api.library.add("/music/a/one.mp3", "One", "Band", "Disc");
        String album = "al-" + one.albumId().value();
        String artist = rest("getAlbum", "&id=" + album).get("album").get("artistId").asText();

        assertThat(rest("star", "&albumId=" + album + "&artistId=" + artist).get("status").asText()).isEqualTo("ok");

        JsonNode starred = rest("getStarred2", "").get("starred2");
        assertThat(starred.get("album").findValuesAsText("id")).containsExactly(album);
        assertThat(starred.get("artist").findValuesAsText("id")).containsExactly(artist);
        assertThat(starred.get("album").get(0).has("starred")).isTrue();
        assertThat(rest("getStarred", "").get("starred").get("album").get(0).get("isDir").asBoolean()).isTrue();
        assertThat(rest("getAlbum", "&id=" + album).get("album").has("starred")).isTrue();
        assertThat(rest("getArtist", "&id=" + artist).get("artist").has("starred")).isTrue();
        assertThat(rest("getArtists", "").at("/artists/index/0/artist/0").has("starred")).isTrue();
        assertThat(rest("search3", "&query=").get("searchResult3").get("album").get(0).has("starred")).isTrue();
        assertThat(rest("getAlbumList2", "&type=starred").get("albumList2").get("album").findValuesAsText("id"))
                .containsExactly(album);

        rest("unstar", "&id=" + album + "&id=" + artist);
        assertThat(rest("getStarred2", "").get("starred2").get("album")).isEmpty();
        assertThat(rest("getAlbum", "&id=" + album).get("album").has("starred")).isFalse();
        assertThat(rest("getArtist", "&id=" + artist).get("artist").has("starred")).isFalse();
    }

    @Test
    void setRating_ratesSongsAlbumsAndArtists_zeroClears_andRefusesBadValues() {
        Track one = api.library.add("/music/a/one.mp3", "One", "Band", "Disc");
        Track two = api.library.add("/music/b/two.mp3", "Two", "Band", "Other");
        String song = "tr-" + one.id().value();
        String album = "al-" + one.albumId().value();
        String other = "al-" + two.albumId().value();

        assertThat(rest("setRating", "&id=" + song + "&rating=4").get("status").asText()).isEqualTo("ok");
        rest("setRating", "&id=" + album + "&rating=2");
        rest("setRating", "&id=" + other + "&rating=5");

        assertThat(rest("getSong", "&id=" + song).get("song").get("userRating").asInt()).isEqualTo(4);
        assertThat(rest("getAlbum", "&id=" + album).get("album").get("userRating").asInt()).isEqualTo(2);
        assertThat(rest("getAlbumList2", "&type=highest").get("albumList2").get("album").findValuesAsText("id"))
                .containsExactly(other, album);

        rest("setRating", "&id=" + song + "&rating=0");
        assertThat(rest("getSong", "&id=" + song).get("song").has("userRating")).isFalse();
        assertThat(rest("setRating", "&id=" + song + "&rating=6").at("/error/message").asText()).contains("rating");
        assertThat(rest("setRating", "&id=" + song + "&rating=6").at("/error/code").asInt()).isZero();
        assertThat(rest("setRating", "&id=" + song + "&rating=x").at("/error/code").asInt()).isZero();
        assertThat(rest("setRating", "&id=" + song).at("/error/code").asInt()).isEqualTo(10);
        assertThat(rest("setRating", "&rating=3").at("/error/code").asInt()).isEqualTo(10);
        assertThat(rest("setRating", "&id=tr-999&rating=3").at("/error/code").asInt()).isEqualTo(70);
        assertThat(rest("setRating", "&id=ar-999&rating=3").at("/error/code").asInt()).isEqualTo(70);
    }

    @Test
    void scrobble_recordsAPlayAtItsTime_butNowPlayingRecordsNothing() {
        Track one = api.library.add("/music/a/one.mp3", "One", "Band", "Disc");
        long at = Instant.parse("2026-12-01T10:00:00Z").toEpochMilli();

        assertThat(rest("scrobble", "&id=tr-" + one.id().value() + "&submission=false").get("status").asText())
                .isEqualTo("ok");
        assertThat(api.library.getTrack(one.id()).orElseThrow().playCount()).isZero();

        rest("scrobble", "&id=tr-" + one.id().value() + "&time=" + at);
        Track played = api.library.getTrack(one.id()).orElseThrow();
        assertThat(played.playCount()).isEqualTo(1);
        assertThat(played.lastPlayedAt()).isEqualTo(Instant.ofEpochMilli(at));
        assertThat(rest("getSong", "&id=tr-" + one.id().value()).get("song").get("playCount").asInt()).isEqualTo(1);

        assertThat(rest("scrobble", "&id=tr-" + one.id().value() + "&time=later").at("/error/code").asInt())
                .isEqualTo(0);
        assertThat(rest("scrobble", "&id=tr-999").at("/error/code").asInt()).isEqualTo(70);
    }
}
