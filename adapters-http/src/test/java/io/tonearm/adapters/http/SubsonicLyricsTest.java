package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.SubsonicApiTest.asListener;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.application.users.testing.TestUsers;
import io.tonearm.domain.Track;
import io.tonearm.domain.lyrics.LyricLine;
import io.tonearm.domain.lyrics.Lyrics;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.UserName;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Subsonic's lyrics methods through the running server: OpenSubsonic's getLyricsBySongId (songLyrics) and the
 * classic getLyrics, in XML and JSON, GET and POST, with their error codes.
 */
class SubsonicLyricsTest {
    private static final Lyrics SYNCED = new Lyrics("eng", true, Duration.ofMillis(-250), List.of(
            new LyricLine(Duration.ZERO, "first <line> & more"), new LyricLine(Duration.ofMillis(2_500), "")));
    private static final Lyrics PLAIN = Lyrics.plain(List.of("one", "two"));
    private static RunningApi api;
    private Track synced;
    private Track plain;
    private Track none;

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
    void catalog() {
        api.library.reset();
        api.lyrics.clear();
        synced = api.library.add("/music/a/synced.mp3", "Synced Song", "Band", "First");
        plain = api.library.add("/music/a/plain.mp3", "Plain Song", "Band", "First");
        none = api.library.add("/music/a/none.mp3", "Quiet Song", "Band", "First");
        api.lyrics.put(synced.path(), SYNCED);
        api.lyrics.put(plain.path(), PLAIN);
    }

    private static RunningApi.Response rest(String method, String query) {
        return api.anonymous().get("/rest/" + method + "?" + asListener() + query);
    }

    private static JsonNode json(String method, String query) {
        return SubsonicApiTest.json(rest(method, query + "&f=json"));
    }

    private static String id(Track track) {
        return "tr-" + track.id().value();
    }

    @Test
    void getLyricsBySongId_inJson_hasTheStructuredLyrics_timedInMilliseconds() {
        JsonNode list = json("getLyricsBySongId", "&id=" + id(synced)).get("lyricsList");

        JsonNode lyrics = list.get("structuredLyrics");
        assertThat(lyrics).hasSize(1);
        JsonNode first = lyrics.get(0);
        assertThat(first.get("displayArtist").asText()).isEqualTo("Band");
        assertThat(first.get("displayTitle").asText()).isEqualTo("Synced Song");
        assertThat(first.get("lang").asText()).isEqualTo("eng");
        assertThat(first.get("synced").isBoolean()).isTrue();
        assertThat(first.get("synced").asBoolean()).isTrue();
        assertThat(first.get("offset").asLong()).isEqualTo(-250);
        assertThat(first.get("line")).hasSize(2);
        assertThat(first.get("line").get(0).get("start").asLong()).isZero();
        assertThat(first.get("line").get(0).get("value").asText()).isEqualTo("first <line> & more");
        assertThat(first.get("line").get(1).get("start").asLong()).isEqualTo(2_500);
        assertThat(first.get("line").get(1).get("value").asText()).isEmpty();
    }

    @Test
    void getLyricsBySongId_ofUnsyncedLyrics_hasLinesWithoutStart_asObjects_andNoOffset() {
        JsonNode first = json("getLyricsBySongId", "&id=" + id(plain)).get("lyricsList").get("structuredLyrics")
                .get(0);

        assertThat(first.get("synced").asBoolean()).isFalse();
        assertThat(first.get("lang").asText()).isEqualTo("xxx");
        assertThat(first.has("offset")).isFalse();
        assertThat(first.get("line").get(0).isObject()).isTrue();
        assertThat(first.get("line").get(0).has("start")).isFalse();
        assertThat(first.get("line").findValuesAsText("value")).containsExactly("one", "two");
    }

    @Test
    void getLyricsBySongId_ofASongWithout_isAnEmptyList() throws Exception {
        assertThat(json("getLyricsBySongId", "&id=" + id(none)).get("lyricsList").get("structuredLyrics"))
                .isEmpty();
        Element root = SubsonicApiTest.xml(rest("getLyricsBySongId", "&id=" + id(none)));
        assertThat(root.getAttribute("status")).isEqualTo("ok");
        assertThat(root.getElementsByTagName("lyricsList").getLength()).isEqualTo(1);
        assertThat(root.getElementsByTagName("structuredLyrics").getLength()).isZero();
    }

    @Test
    void getLyricsBySongId_inXml_hasTheLinesAsText() throws Exception {
        Element root = SubsonicApiTest.xml(rest("getLyricsBySongId", "&id=" + id(synced)));

        Element lyrics = SubsonicApiTest.first(root, "structuredLyrics");
        assertThat(lyrics.getAttribute("displayTitle")).isEqualTo("Synced Song");
        assertThat(lyrics.getAttribute("synced")).isEqualTo("true");
        assertThat(lyrics.getAttribute("offset")).isEqualTo("-250");
        NodeList lines = lyrics.getElementsByTagName("line");
        assertThat(lines.getLength()).isEqualTo(2);
        assertThat(((Element) lines.item(0)).getAttribute("start")).isEqualTo("0");
        assertThat(lines.item(0).getTextContent()).isEqualTo("first <line> & more");
        assertThat(((Element) lines.item(1)).getAttribute("start")).isEqualTo("2500");
    }

    @Test
    void getLyrics_byArtistAndTitle_isTheTextOfTheFirstMatchingSong_inJsonAndXml() throws Exception {
        JsonNode lyrics = json("getLyrics", "&artist=band&title=plain%20song").get("lyrics");
        assertThat(lyrics.get("artist").asText()).isEqualTo("Band");
        assertThat(lyrics.get("title").asText()).isEqualTo("Plain Song");
        assertThat(lyrics.get("value").asText()).isEqualTo("one\ntwo");

        Element xml = SubsonicApiTest.first(SubsonicApiTest.xml(rest("getLyrics",
                "&artist=Band&title=Synced%20Song")), "lyrics");
        assertThat(xml.getAttribute("title")).isEqualTo("Synced Song");
        assertThat(xml.getTextContent()).as("the lines without their times").isEqualTo("first <line> & more\n");
    }

    @Test
    void getLyrics_withoutAMatchingSongWithLyrics_isAnEmptyLyricsElement() throws Exception {
        for (String query : List.of("&artist=Band&title=Quiet%20Song", "&artist=Nobody&title=Plain%20Song",
                "&title=Plain%20Song", "")) {
            JsonNode lyrics = json("getLyrics", query).get("lyrics");
            assertThat(lyrics.isObject()).as(query).isTrue();
            assertThat(lyrics.size()).as(query).isZero();
        }
        Element root = SubsonicApiTest.xml(rest("getLyrics", "&artist=Nobody&title=x"));
        Element lyrics = SubsonicApiTest.first(root, "lyrics");
        assertThat(lyrics.hasAttributes()).isFalse();
        assertThat(lyrics.getTextContent()).isEmpty();
    }

    @Test
    void aFormPost_isAnsweredAsAGet() {
        RunningApi.Response response = api.anonymous().send(HttpRequest.newBuilder(
                api.uri("/rest/getLyricsBySongId.view")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(asListener() + "&f=json&id=" + id(plain))));

        assertThat(SubsonicApiTest.json(response).get("lyricsList").get("structuredLyrics").get(0).get("line")
                .findValuesAsText("value")).containsExactly("one", "two");
    }

    @ParameterizedTest(name = "{0}{1} -> {2}")
    @CsvSource({
            "getLyricsBySongId, '', 10",
            "getLyricsBySongId, &id=tr-999999, 70",
            "getLyricsBySongId, &id=al-1, 70",
            "getLyricsBySongId, &id=nonsense, 70",
    })
    void badCalls_areAnsweredWithTheirErrorCode(String method, String query, int code) throws Exception {
        assertThat(SubsonicApiTest.errorCode(rest(method, query))).isEqualTo(code);
    }

    @Test
    void withoutCredentials_bothMethodsAreRefused() throws Exception {
        for (String method : List.of("getLyricsBySongId", "getLyrics")) {
            assertThat(SubsonicApiTest.errorCode(api.anonymous().get("/rest/" + method + "?u=" + TestUsers.USER
                    + "&p=wrong&v=1.16.1&c=test&id=" + id(plain)))).as(method).isEqualTo(40);
        }
    }
}
