package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackCommandRoutesTest {
    private static final String NEW_TRACK = """
            {"path": "/music/heroes.flac", "title": "Heroes", "artists": ["David Bowie"], "album": "Heroes",
             "trackNumber": 3, "discNumber": 1, "year": 1977, "genre": "Rock", "durationMs": 371000,
             "bitrate": 900, "sampleRate": 44100, "format": "FLAC", "fileSize": 40000000,
             "fileModifiedAt": "2023-06-01T10:15:30Z",
             "musicBrainz": {"recordingId": "0c8e2d4a-6a4e-4a4b-9f1e-0123456789ab"}}
            """;

    private final RunningApi api = RunningApi.start();
    private Track money;

    @BeforeEach
    void seed() {
        api.library.reset();
        money = api.library.add("/music/money.mp3", "Money", "Pink Floyd", "The Dark Side of the Moon");
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void postingOneTrack_answers201WithItsLocationAndTheStoredTrack() {
        RunningApi.Response response = api.send("POST", "/api/tracks", NEW_TRACK);

        assertThat(response.status()).isEqualTo(201);
        JsonNode track = response.json();
        long id = track.get("id").asLong();
        assertThat(response.header("Location")).isEqualTo("/api/tracks/" + id);
        assertThat(track.get("title").asText()).isEqualTo("Heroes");
        assertThat(track.get("durationMs").asLong()).isEqualTo(371_000);
        assertThat(track.get("fileModifiedAt").asText()).isEqualTo("2023-06-01T10:15:30Z");
        assertThat(track.get("musicBrainz").get("recordingId").asText())
                .isEqualTo("0c8e2d4a-6a4e-4a4b-9f1e-0123456789ab");
        assertThat(track.get("musicBrainz").has("releaseId")).isFalse();
        Track stored = api.library.getTrack(TrackId.of(id)).orElseThrow();
        assertThat(stored.duration()).isEqualTo(Duration.ofSeconds(371));
        assertThat(stored.fileModifiedAt()).isEqualTo(Instant.parse("2023-06-01T10:15:30Z"));
        assertThat(api.get(response.header("Location")).json().get("title").asText()).isEqualTo("Heroes");
    }

    @Test
    void postingAnArray_addsThemAllAndAnswers201WithTheCount() {
        String second = NEW_TRACK.replace("heroes.flac", "other.flac").replace("\"Heroes\",", "\"Other\",");

        RunningApi.Response response = api.send("POST", "/api/tracks", "[" + NEW_TRACK + "," + second + "]");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("added").asInt()).isEqualTo(2);
        assertThat(response.header("Location")).isNull();
        assertThat(api.library.getAllTracks(PageRequest.first(10)).total()).isEqualTo(3);
    }

    @Test
    void postingAnEmptyArray_isA400NamingTracks() {
        RunningApi.Response response = api.send("POST", "/api/tracks", "[]");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidParamNames()).containsExactly("tracks");
    }

    @Test
    void postingAnExistingPath_isA409NamingThePathAndAddsNothing() {
        String duplicate = NEW_TRACK.replace("/music/heroes.flac", "/music/money.mp3");

        RunningApi.Response one = api.send("POST", "/api/tracks", duplicate);
        RunningApi.Response many = api.send("POST", "/api/tracks", "[" + NEW_TRACK + "," + duplicate + "]");

        assertThat(one.status()).isEqualTo(409);
        assertThat(one.contentType()).startsWith("application/problem+json");
        assertThat(one.json().get("type").asText()).isEqualTo("urn:tonearm:problem:duplicate-path");
        assertThat(one.json().get("detail").asText()).contains("/music/money.mp3");
        assertThat(one.invalidParamNames()).containsExactly("path");
        assertThat(many.status()).isEqualTo(409);
        assertThat(api.library.getAllTracks(PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    void aTrackMissingRequiredFacts_isA400NamingTheField() {
        assertThat(api.send("POST", "/api/tracks", NEW_TRACK.replace("\"title\": \"Heroes\",", ""))
                .invalidParamNames()).containsExactly("title");
        assertThat(api.send("POST", "/api/tracks", NEW_TRACK.replace("\"durationMs\": 371000,", ""))
                .invalidParamNames()).containsExactly("durationMs");
        assertThat(api.send("POST", "/api/tracks", NEW_TRACK.replace("371000", "-1"))
                .invalidParamNames()).containsExactly("durationMs");
        assertThat(api.send("POST", "/api/tracks", NEW_TRACK.replace("\"fileSize\": 40000000,", ""))
                .invalidParamNames()).containsExactly("fileSize");
        assertThat(api.send("POST", "/api/tracks", NEW_TRACK.replace("[\"David Bowie\"]", "[]"))
                .invalidParamNames()).containsExactly("artists");
        assertThat(api.send("POST", "/api/tracks", NEW_TRACK.replace("[\"David Bowie\"]", "[\"A\", \" \"]"))
                .invalidParamNames()).containsExactly("artists");
        assertThat(api.send("POST", "/api/tracks", NEW_TRACK.replace("\"trackNumber\": 3", "\"trackNumber\": 0"))
                .invalidParamNames()).containsExactly("trackNumber");
        assertThat(api.send("POST", "/api/tracks", NEW_TRACK.replace("0c8e2d4a-", "0c8e2d4a-toolong-toolong-"))
                .invalidParamNames()).containsExactly("musicBrainz.recordingId");
    }

    @Test
    void aFieldOfTheWrongType_isA400NamingTheField() {
        RunningApi.Response quotedNumber = api.send("POST", "/api/tracks",
                NEW_TRACK.replace("\"trackNumber\": 3", "\"trackNumber\": \"3\""));
        RunningApi.Response numberAsTitle = api.send("POST", "/api/tracks",
                NEW_TRACK.replace("\"title\": \"Heroes\"", "\"title\": 5"));
        RunningApi.Response fraction = api.send("POST", "/api/tracks", NEW_TRACK.replace("371000", "371000.5"));
        RunningApi.Response stringArtists = api.send("POST", "/api/tracks",
                NEW_TRACK.replace("[\"David Bowie\"]", "\"David Bowie\""));
        RunningApi.Response epochInstant = api.send("POST", "/api/tracks",
                NEW_TRACK.replace("\"2023-06-01T10:15:30Z\"", "1685614530"));
        RunningApi.Response badInstant = api.send("POST", "/api/tracks",
                NEW_TRACK.replace("\"2023-06-01T10:15:30Z\"", "\"yesterday\""));
        RunningApi.Response overflow = api.send("POST", "/api/tracks",
                NEW_TRACK.replace("\"year\": 1977", "\"year\": 99999999999"));
        RunningApi.Response booleanNumber = api.send("POST", "/api/tracks",
                NEW_TRACK.replace("\"year\": 1977", "\"year\": true"));
        RunningApi.Response booleanGenre = api.send("POST", "/api/tracks",
                NEW_TRACK.replace("\"genre\": \"Rock\"", "\"genre\": false"));

        assertThat(quotedNumber.status()).isEqualTo(400);
        assertThat(quotedNumber.invalidParamNames()).containsExactly("trackNumber");
        assertThat(quotedNumber.json().get("detail").asText()).isEqualTo("trackNumber must be a whole number");
        assertThat(numberAsTitle.invalidParamNames()).containsExactly("title");
        assertThat(fraction.invalidParamNames()).containsExactly("durationMs");
        assertThat(stringArtists.invalidParamNames()).containsExactly("artists");
        assertThat(epochInstant.invalidParamNames()).containsExactly("fileModifiedAt");
        assertThat(badInstant.invalidParamNames()).containsExactly("fileModifiedAt");
        assertThat(badInstant.json().get("detail").asText()).contains("ISO-8601");
        assertThat(overflow.invalidParamNames()).containsExactly("year");
        assertThat(booleanNumber.invalidParamNames()).containsExactly("year");
        assertThat(booleanGenre.invalidParamNames()).containsExactly("genre");
    }

    @Test
    void anUnknownField_isA400NamingIt() {
        RunningApi.Response response = api.send("POST", "/api/tracks",
                NEW_TRACK.replace("\"genre\"", "\"genres\""));
        RunningApi.Response nested = api.send("POST", "/api/tracks",
                NEW_TRACK.replace("\"recordingId\"", "\"recording\""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidParamNames()).containsExactly("genres");
        assertThat(response.body()).doesNotContain("io.tonearm").doesNotContain("NewTrackRequest");
        assertThat(nested.invalidParamNames()).containsExactly("musicBrainz.recording");
    }

    @Test
    void aBadElementOfAnArray_isA400NamingTheElement() {
        String bad = NEW_TRACK.replace("heroes.flac", "b.flac").replace("\"trackNumber\": 3", "\"trackNumber\": -3");
        String wrongType = NEW_TRACK.replace("heroes.flac", "c.flac").replace("\"year\": 1977", "\"year\": \"x\"");

        RunningApi.Response invalid = api.send("POST", "/api/tracks", "[" + NEW_TRACK + "," + bad + "]");
        RunningApi.Response mistyped = api.send("POST", "/api/tracks", "[" + NEW_TRACK + "," + wrongType + "]");
        RunningApi.Response notAnObject = api.send("POST", "/api/tracks", "[" + NEW_TRACK + ", 42]");

        assertThat(invalid.invalidParamNames()).containsExactly("[1].trackNumber");
        assertThat(invalid.json().get("detail").asText()).startsWith("[1].trackNumber must be between 1 and 9999");
        assertThat(mistyped.invalidParamNames()).containsExactly("[1].year");
        assertThat(notAnObject.invalidParamNames()).containsExactly("[1]");
        assertThat(api.library.getAllTracks(PageRequest.first(10)).total()).as("nothing half-written").isEqualTo(1);
    }

    @Test
    void aTrackWithFourBadFields_isOne400NamingAllFour() {
        String body = NEW_TRACK.replace("\"title\": \"Heroes\"", "\"title\": \" \"")
                .replace("\"trackNumber\": 3", "\"trackNumber\": \"three\"")
                .replace("371000", "-5")
                .replace("\"genre\"", "\"genres\"");

        RunningApi.Response response = api.send("POST", "/api/tracks", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidParamNames()).containsExactlyInAnyOrder("title", "trackNumber", "durationMs",
                "genres");
        assertThat(response.json().get("detail").asText()).endsWith("(and 3 more problems)");
        assertThat(api.library.getAllTracks(PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    void aTrackMissingEverything_namesEachRequiredField() {
        RunningApi.Response response = api.send("POST", "/api/tracks", "{}");

        assertThat(response.invalidParamNames()).containsExactlyInAnyOrder("durationMs", "fileSize", "path", "title",
                "artists", "format", "fileModifiedAt");
    }

    @Test
    void aBulkAddWithBadFieldsInSeveralElements_namesEachOfThemAndAddsNothing() {
        String first = NEW_TRACK.replace("heroes.flac", "a.flac").replace("\"year\": 1977", "\"year\": \"x\"")
                .replace("\"format\": \"FLAC\"", "\"format\": \"\"");
        String third = NEW_TRACK.replace("heroes.flac", "c.flac").replace("\"discNumber\": 1", "\"discNumber\": 0")
                .replace("0c8e2d4a-", "0c8e2d4a-toolong-toolong-");

        RunningApi.Response response = api.send("POST", "/api/tracks", "[" + first + "," + NEW_TRACK + "," + third
                + ", 7]");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidParamNames()).containsExactlyInAnyOrder("[0].year", "[0].format",
                "[2].discNumber", "[2].musicBrainz.recordingId", "[3]");
        assertThat(api.library.getAllTracks(PageRequest.first(10)).total()).as("nothing half-written").isEqualTo(1);
    }

    @Test
    void aPatchWithSeveralBadFields_namesEachOfThemAndChangesNothing() {
        RunningApi.Response response = api.send("PATCH", "/api/tracks/" + money.id(),
                "{\"title\": \" \", \"year\": \"1973\", \"discNumber\": 1000, \"genre\": null, \"path\": \"/x\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidParamNames()).containsExactlyInAnyOrder("title", "year", "discNumber", "genre",
                "path");
        assertThat(api.library.getTrack(money.id()).orElseThrow().title()).isEqualTo("Money");
    }

    @Test
    void malformedOrMisshapenBodies_areA400NamingTheBody() {
        for (String body : List.of("{\"path\": ", "{\"title\": \"a\"} trailing", "\"just a string\"", "42",
                "{\"title\": \"a\", \"title\": \"b\"}", "")) {
            RunningApi.Response response = api.send("POST", "/api/tracks", body);

            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.invalidParamNames()).as(body).containsExactly("body");
            assertThat(response.contentType()).as(body).startsWith("application/problem+json");
        }
    }

    @Test
    void patching_changesOnlyTheGivenFields() {
        RunningApi.Response response = api.send("PATCH", "/api/tracks/" + money.id(),
                "{\"title\": \"Money (Remastered)\", \"year\": 1973}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode track = response.json();
        assertThat(track.get("title").asText()).isEqualTo("Money (Remastered)");
        assertThat(track.get("year").asInt()).isEqualTo(1973);
        assertThat(track.get("album").asText()).isEqualTo("The Dark Side of the Moon");
        assertThat(track.get("genre").asText()).isEqualTo("Rock");
        assertThat(track.get("artists").get(0).asText()).isEqualTo("Pink Floyd");
        Track stored = api.library.getTrack(money.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("Money (Remastered)");
        assertThat(stored.trackNumber()).isEqualTo(money.trackNumber());
    }

    @Test
    void patchingNothing_answersTheTrackUnchanged() {
        RunningApi.Response response = api.send("PATCH", "/api/tracks/" + money.id(), "{}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("title").asText()).isEqualTo("Money");
    }

    @Test
    void patchingWithNullsOrUnchangeableFields_isA400NamingEachAndChangesNothing() {
        RunningApi.Response response = api.send("PATCH", "/api/tracks/" + money.id(),
                "{\"title\": \"New\", \"genre\": null, \"path\": \"/elsewhere.mp3\", \"favorite\": true}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidParamNames()).containsExactly("genre", "path", "favorite");
        assertThat(response.json().get("detail").asText()).contains("(and 2 more problems)");
        assertThat(api.library.getTrack(money.id()).orElseThrow().title()).isEqualTo("Money");
    }

    @Test
    void patchingWithABadValue_isA400NamingTheField() {
        assertThat(api.send("PATCH", "/api/tracks/" + money.id(), "{\"title\": \"  \"}").invalidParamNames())
                .containsExactly("title");
        assertThat(api.send("PATCH", "/api/tracks/" + money.id(), "{\"discNumber\": 1000}").invalidParamNames())
                .containsExactly("discNumber");
        assertThat(api.send("PATCH", "/api/tracks/" + money.id(), "{\"artists\": \"x\"}").invalidParamNames())
                .containsExactly("artists");
        assertThat(api.send("PATCH", "/api/tracks/" + money.id(), "[]").invalidParamNames())
                .containsExactly("body");
    }

    @Test
    void patchingAnUnknownTrack_isA404() {
        assertThat(api.send("PATCH", "/api/tracks/999", "{\"title\": \"x\"}").status()).isEqualTo(404);
    }

    @Test
    void deleting_answers204ThenA404() {
        assertThat(api.send("DELETE", "/api/tracks/" + money.id()).status()).isEqualTo(204);
        assertThat(api.library.getTrack(money.id())).isEmpty();

        RunningApi.Response again = api.send("DELETE", "/api/tracks/" + money.id());

        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().get("type").asText()).isEqualTo("urn:tonearm:problem:not-found");
    }

    @Test
    void favoriting_putsAndDeletesTheFlag() {
        RunningApi.Response put = api.send("PUT", "/api/tracks/" + money.id() + "/favorite");
        boolean afterPut = api.library.getTrack(money.id()).orElseThrow().favorite();
        RunningApi.Response delete = api.send("DELETE", "/api/tracks/" + money.id() + "/favorite");

        assertThat(put.status()).isEqualTo(204);
        assertThat(put.body()).isEmpty();
        assertThat(afterPut).isTrue();
        assertThat(delete.status()).isEqualTo(204);
        assertThat(api.library.getTrack(money.id()).orElseThrow().favorite()).isFalse();
        assertThat(api.send("PUT", "/api/tracks/999/favorite").status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/tracks/999/favorite").status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/tracks/x/favorite").invalidParamNames()).containsExactly("id");
    }

    @Test
    void aPlayWithoutBody_isRecordedNowAndAnswersTheTrack() {
        Instant before = Instant.now();

        RunningApi.Response response = api.send("POST", "/api/tracks/" + money.id() + "/plays");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("playCount").asLong()).isEqualTo(1);
        assertThat(api.library.lastPlayedAt()).isBetween(before, Instant.now());
        assertThat(Instant.parse(response.json().get("lastPlayedAt").asText()))
                .isEqualTo(api.library.lastPlayedAt());
    }

    @Test
    void aPlayWithPlayedAt_isRecordedAtThatInstant() {
        RunningApi.Response response = api.send("POST", "/api/tracks/" + money.id() + "/plays",
                "{\"playedAt\": \"2024-05-01T14:00:00+02:00\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(api.library.lastPlayedAt()).isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
        assertThat(response.json().get("lastPlayedAt").asText()).isEqualTo("2024-05-01T12:00:00Z");
    }

    @Test
    void aPlayWithAnEmptyObject_isRecordedNow() {
        Instant before = Instant.now();

        RunningApi.Response response = api.send("POST", "/api/tracks/" + money.id() + "/plays", "{}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(api.library.lastPlayedAt()).isBetween(before, Instant.now());
    }

    @Test
    void aBadPlay_isA400NamingPlayedAtOrA404ForAnUnknownTrack() {
        assertThat(api.send("POST", "/api/tracks/" + money.id() + "/plays", "{\"playedAt\": 1714564800}")
                .invalidParamNames()).containsExactly("playedAt");
        assertThat(api.send("POST", "/api/tracks/" + money.id() + "/plays", "{\"playedAt\": \"today\"}")
                .invalidParamNames()).containsExactly("playedAt");
        assertThat(api.send("POST", "/api/tracks/" + money.id() + "/plays", "{\"when\": \"2024-05-01T12:00:00Z\"}")
                .invalidParamNames()).containsExactly("when");
        assertThat(api.send("POST", "/api/tracks/" + money.id() + "/plays", "[]").invalidParamNames())
                .containsExactly("body");
        assertThat(api.send("POST", "/api/tracks/999/plays").status()).isEqualTo(404);
        assertThat(api.library.getTrack(money.id()).orElseThrow().playCount()).isZero();
    }
}
