package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lyrics through the whole of Tonearm: real files scanned into the real MariaDB, one with lyrics in its tag, one
 * with lyrics in its tag and an {@code .lrc} beside it (which wins), one with neither; asked for through Subsonic.
 */
class SubsonicLyricsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String AUTH = "u=" + Api.ADMIN + "&p=admin-subsonic&v=1.16.1&c=test&f=json";
    private static TestDatabase database;
    private static Tonearm tonearm;
    private static Api api;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        Path album = Files.createDirectories(dir.resolve("music/Band/Album"));
        song(album.resolve("01 Tagged.flac"), "Tagged", "[00:01.00]from the tag\n[00:02.00]second line");
        song(album.resolve("02 Beside.flac"), "Beside", "the tag, not read");
        Files.writeString(album.resolve("02 Beside.lrc"), "[la:eng]\n[offset:+100]\n[00:03.50]from the file beside",
                StandardCharsets.UTF_8);
        song(album.resolve("03 Quiet.flac"), "Quiet", null);
        database = TestDatabase.create();
        Map<String, String> environment = new HashMap<>(FullStackTest.environment(database.settings(),
                dir.resolve("data")));
        environment.put("TONEARM_LIBRARY_ROOTS", dir.resolve("music").toString());
        tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(), environment), Clock.systemUTC());
        api = new Api(tonearm.uri());
        assertThat(api.put("/api/users/me/subsonic-password", "{\"password\":\"admin-subsonic\"}").status())
                .isEqualTo(204);
        String scan = api.post("/api/library/scans").location();
        Await.until("the scan ends", () -> !api.get(scan).body().path("state").asText().equals("RUNNING"));
    }

    private static void song(Path file, String title, String lyrics) throws Exception {
        try (InputStream template = SubsonicLyricsApiTest.class.getResourceAsStream("/audio-templates/template.flac")) {
            Files.copy(template, file);
        }
        AudioFile audio = AudioFileIO.read(file.toFile());
        Tag tag = audio.getTagOrCreateAndSetDefault();
        tag.setField(FieldKey.TITLE, title);
        tag.setField(FieldKey.ARTIST, "Band");
        tag.setField(FieldKey.ALBUM, "Album");
        if (lyrics != null) {
            tag.setField(FieldKey.LYRICS, lyrics);
        }
        audio.commit();
    }

    @AfterAll
    static void stop() {
        if (tonearm != null) {
            tonearm.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private static JsonNode rest(String method, String query) throws Exception {
        URI uri = tonearm.uri().resolve("/rest/" + method + "?" + AUTH + query);
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("subsonic-response");
    }

    private static String songId(String title) throws Exception {
        for (JsonNode song : rest("search3", "&query=&songCount=10").get("searchResult3").get("song")) {
            if (song.get("title").asText().equals(title)) {
                return song.get("id").asText();
            }
        }
        throw new AssertionError("no song " + title);
    }

    @Test
    void theTagsLyrics_areSynced_fromTheScannedFile() throws Exception {
        JsonNode lyrics = rest("getLyricsBySongId", "&id=" + songId("Tagged")).get("lyricsList")
                .get("structuredLyrics");

        assertThat(lyrics).hasSize(1);
        assertThat(lyrics.get(0).get("displayTitle").asText()).isEqualTo("Tagged");
        assertThat(lyrics.get(0).get("displayArtist").asText()).isEqualTo("Band");
        assertThat(lyrics.get(0).get("synced").asBoolean()).isTrue();
        assertThat(lyrics.get(0).get("line").findValuesAsText("value")).containsExactly("from the tag",
                "second line");
        assertThat(lyrics.get(0).get("line").findValuesAsText("start")).containsExactly("1000", "2000");
    }

    @Test
    void anLrcBesideTheFile_winsOverItsTag() throws Exception {
        JsonNode lyrics = rest("getLyricsBySongId", "&id=" + songId("Beside")).get("lyricsList")
                .get("structuredLyrics").get(0);

        assertThat(lyrics.get("lang").asText()).isEqualTo("eng");
        assertThat(lyrics.get("offset").asLong()).isEqualTo(100);
        assertThat(lyrics.get("line").findValuesAsText("value")).containsExactly("from the file beside");
        assertThat(rest("getLyrics", "&artist=band&title=beside").get("lyrics").get("value").asText())
                .isEqualTo("from the file beside");
    }

    @Test
    void aSongWithoutLyrics_hasAnEmptyList_andAnUnknownSongIsError70() throws Exception {
        assertThat(rest("getLyricsBySongId", "&id=" + songId("Quiet")).get("lyricsList").get("structuredLyrics"))
                .isEmpty();
        assertThat(rest("getLyrics", "&artist=Band&title=Quiet").get("lyrics").size()).isZero();
        assertThat(rest("getLyricsBySongId", "&id=tr-999999").at("/error/code").asInt()).isEqualTo(70);
        assertThat(rest("getLyricsBySongId", "").at("/error/code").asInt()).isEqualTo(10);
        assertThat(rest("getOpenSubsonicExtensions", "").get("openSubsonicExtensions").findValuesAsText("name"))
                .contains("songLyrics", "transcodeOffset");
    }
}
