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
        assertThat(rest("star", "&albumId=al-" + one.albumId().value()).at("/error/code").asInt()).isEqualTo(0);
        assertThat(rest("star", "&id=al-" + one.albumId().value()).at("/error/code").asInt()).isEqualTo(70);
        assertThat(rest("star", "").at("/error/code").asInt()).isEqualTo(10);
        assertThat(rest("getStarred2", "").get("starred2").get("song")).isEmpty();
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
