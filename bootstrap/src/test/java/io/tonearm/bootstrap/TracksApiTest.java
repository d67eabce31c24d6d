package io.tonearm.bootstrap;

import static io.tonearm.bootstrap.TrackJson.track;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.bootstrap.Api.Response;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Adding, reading, changing and deleting tracks, end to end over HTTP. */
class TracksApiTest extends FullStackTest {

    @Test
    void addingATrack_answers201WithItsLocationAndTheStoredTrack() {
        Response added = api.post("/api/tracks", track("So What").by("Miles Davis").on("Kind of Blue")
                .number(1, 1).year(1959).genre("Jazz").path("/music/kob/01.flac").json());

        assertThat(added.status()).isEqualTo(201);
        long id = added.body().get("id").asLong();
        assertThat(added.location()).isEqualTo("/api/tracks/" + id);
        assertThat(added.body().get("path").asText()).isEqualTo("/music/kob/01.flac");
        assertThat(added.body().get("title").asText()).isEqualTo("So What");
        assertThat(added.body().get("artists").toString()).isEqualTo("[\"Miles Davis\"]");
        assertThat(added.body().get("album").asText()).isEqualTo("Kind of Blue");
        assertThat(added.body().get("albumArtist").asText()).as("the first artist when none is tagged")
                .isEqualTo("Miles Davis");
        assertThat(added.body().get("year").asInt()).isEqualTo(1959);
        assertThat(added.body().get("durationMs").asLong()).isEqualTo(215_000);
        assertThat(added.body().get("favorite").asBoolean()).isFalse();
        assertThat(added.body().get("playCount").asLong()).isZero();
        assertThat(Instant.parse(added.body().get("addedAt").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(Instant.parse(added.body().get("fileModifiedAt").asText()))
                .isEqualTo(Instant.parse("2024-05-01T10:15:30Z"));
    }

    @Test
    void gettingATrack_answersWhatWasAdded() {
        Response added = api.post("/api/tracks", track("Blue in Green").by("Miles Davis", "Bill Evans").json());

        Response got = api.get(added.location());

        assertThat(got.status()).isEqualTo(200);
        assertThat(got.contentType()).startsWith("application/json");
        assertThat(got.body()).isEqualTo(added.body());
        assertThat(got.body().get("artists").toString()).isEqualTo("[\"Miles Davis\",\"Bill Evans\"]");
    }

    @Test
    void gettingAnUnknownTrack_is404ProblemJson() {
        Response response = api.get("/api/tracks/987654");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(404);
        assertThat(response.body().get("title").asText()).isNotBlank();
        assertThat(response.body().get("detail").asText()).contains("987654");
    }

    @Test
    void aTrackIdThatIsNotANumber_is400ProblemNamingTheId() {
        Response response = api.get("/api/tracks/abc");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.invalidParams()).containsExactly("id");
    }

    @Test
    void addingATrackWithoutATitle_is400ProblemNamingTheFieldAndWritesNothing() {
        Response response = api.post("/api/tracks", track("x").without("title").json());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.invalidParams()).containsExactly("title");
        assertThat(api.get("/api/tracks").body().get("total").asLong()).isZero();
    }

    @Test
    void addingATrackWithAFieldOfTheWrongType_is400ProblemNamingTheField() {
        Response response = api.post("/api/tracks", track("x").with("year", "last summer").json());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidParams()).containsExactly("year");
    }

    @Test
    void malformedJson_is400ProblemWithoutAStackTrace() {
        Response response = api.post("/api/tracks", "{\"title\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text()).doesNotContain("at com.fasterxml", "Exception");
    }

    @Test
    void addingADuplicatePath_is409ProblemNamingThePathAndKeepsTheFirstTrack() {
        long first = api.add(track("Original").path("/music/same.flac").json());

        Response response = api.post("/api/tracks", track("Impostor").path("/music/same.flac").json());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.invalidParams()).containsExactly("path");
        assertThat(response.body().get("detail").asText()).contains("/music/same.flac");
        assertThat(api.get("/api/tracks").ids()).containsExactly(first);
        assertThat(api.get("/api/tracks/" + first).body().get("title").asText()).isEqualTo("Original");
    }

    @Test
    void addingAList_addsEveryTrackInOneGoAndAnswersTheCount() {
        Response response = api.post("/api/tracks", TrackJson.array(
                track("One"), track("Two"), track("Three")));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().get("added").asInt()).isEqualTo(3);
        Response all = api.get("/api/tracks");
        assertThat(all.body().get("total").asLong()).isEqualTo(3);
        assertThat(all.body().get("items").findValuesAsText("title")).containsExactly("One", "Two", "Three");
    }

    @Test
    void addingAListWithOnePathAlreadyInTheCatalog_addsNoneOfThem() {
        api.add(track("Existing").path("/music/existing.flac").json());

        Response response = api.post("/api/tracks", TrackJson.array(
                track("New 1"), track("Clash").path("/music/existing.flac"), track("New 2")));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/tracks").body().get("items").findValuesAsText("title")).containsExactly("Existing");
    }

    @Test
    void addingAListWithTheSamePathTwice_addsNoneOfThem() {
        Response response = api.post("/api/tracks", TrackJson.array(
                track("A").path("/music/twice.flac"), track("B").path("/music/twice.flac")));

        assertThat(response.status()).isEqualTo(409);
        assertThat(api.get("/api/tracks").body().get("total").asLong()).isZero();
    }

    @Test
    void addingAListWithOneInvalidTrack_is400NamingItsPositionAndAddsNone() {
        Response response = api.post("/api/tracks", TrackJson.array(
                track("Fine"), track("Broken").with("trackNumber", 0), track("Fine too")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidParams()).containsExactly("[1].trackNumber");
        assertThat(api.get("/api/tracks").body().get("total").asLong()).isZero();
    }

    @Test
    void patchingATrack_changesOnlyTheGivenFieldsAndEveryReadSeesIt() {
        long id = api.add(track("Teh Title").by("Someone").on("Album").genre("Rock").json());
        api.get("/api/tracks/" + id);                       // cache the track
        api.get("/api/tracks/search?q=teh");                // cache a search that should stop matching

        Response patched = api.patch("/api/tracks/" + id, "{\"title\": \"The Title\", \"year\": 2001}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().get("title").asText()).isEqualTo("The Title");
        assertThat(patched.body().get("year").asInt()).isEqualTo(2001);
        assertThat(patched.body().get("genre").asText()).as("not in the change").isEqualTo("Rock");
        assertThat(api.get("/api/tracks/" + id).body().get("title").asText()).isEqualTo("The Title");
        assertThat(api.get("/api/tracks/search?q=teh").body().get("total").asLong()).isZero();
        assertThat(api.get("/api/tracks/search?q=the%20title").ids()).containsExactly(id);
    }

    @Test
    void patchingAFieldThatCannotChange_is400NamingIt() {
        long id = api.add(track("Song").json());

        Response response = api.patch("/api/tracks/" + id, "{\"path\": \"/elsewhere.flac\", \"title\": null}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidParams()).containsExactlyInAnyOrder("path", "title");
        assertThat(api.get("/api/tracks/" + id).body().get("title").asText()).isEqualTo("Song");
    }

    @Test
    void patchingAnUnknownTrack_is404() {
        Response response = api.patch("/api/tracks/424242", "{\"title\": \"x\"}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void deletingATrack_answers204AndRemovesItFromEveryList() {
        long kept = api.add(track("Kept").json());
        long gone = api.add(track("Gone").json());
        api.put("/api/tracks/" + gone + "/favorite");
        api.post("/api/tracks/" + gone + "/plays");
        api.get("/api/tracks");                             // cache the lists the delete must drop
        api.get("/api/tracks/favorites");

        Response deleted = api.delete("/api/tracks/" + gone);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get("/api/tracks/" + gone).status()).isEqualTo(404);
        assertThat(api.get("/api/tracks").ids()).containsExactly(kept);
        assertThat(api.get("/api/tracks/favorites").ids()).isEmpty();
        assertThat(api.get("/api/tracks/recent").ids()).isEmpty();
        assertThat(api.delete("/api/tracks/" + gone).status()).as("gone already").isEqualTo(404);
    }
}
