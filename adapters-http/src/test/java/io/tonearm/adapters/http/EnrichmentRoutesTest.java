package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.enrichment.AlbumMatch;
import io.tonearm.domain.enrichment.ArtistCredit;
import io.tonearm.domain.enrichment.MatchSource;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.Release;
import io.tonearm.domain.enrichment.ReleaseCandidate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The enrichment routes over a fake enrichment: runs, matches, candidates, a person's choice and the errors. */
class EnrichmentRoutesTest {
    private static final Release KIND_OF_BLUE = new Release(MusicBrainzId.of("8b4ab94d-ff94-4f3e-a4ab-7e5e1c7a4a8f"),
            "Kind of Blue", List.of(new ArtistCredit(MusicBrainzId.of("561d854a-6a28-4aa7-8c99-323e6ce46c2a"),
            "Miles Davis")), "1959-08-17", "Columbia", 5, List.of("jazz"));
    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
    }

    @AfterEach
    void stop() {
        api.enrichment.release.countDown();
        api.close();
    }

    @Test
    void aRun_answers202WithItsLocation_409WhileItRuns_andItsCountsOnceDone() {
        api.enrichment.release = new CountDownLatch(1);

        RunningApi.Response started = api.send("POST", "/api/library/enrichments", "{\"dryRun\": true}");

        assertThat(started.status()).isEqualTo(202);
        String id = started.json().path("id").asText();
        assertThat(started.header("Location")).isEqualTo("/api/library/enrichments/" + id);
        assertThat(started.json().path("dryRun").asBoolean()).isTrue();
        RunningApi.Response second = api.send("POST", "/api/library/enrichments");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("type").asText()).isEqualTo("urn:tonearm:problem:enrichment-running");

        api.enrichment.release.countDown();
        JsonNode done = untilDone(id);

        assertThat(done.path("albumsDone").asInt()).isEqualTo(2);
        assertThat(done.path("counts").path("matched").asInt()).isEqualTo(1);
        assertThat(done.path("counts").path("candidates").asInt()).isEqualTo(1);
        assertThat(api.get("/api/library/enrichments/nope").status()).isEqualTo(404);
    }

    @Test
    void aRunOfArtistsOnly_looksUpNoAlbum_andShowsTheArtistsCountsAndProgress() {
        RunningApi.Response started = api.send("POST", "/api/library/enrichments",
                "{\"kinds\": [\"artists\"], \"dryRun\": true}");

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().path("kinds")).extracting(JsonNode::asText).containsExactly("artists");
        JsonNode done = untilDone(started.json().path("id").asText());

        assertThat(api.enrichment.parts).containsExactly("artists (dry run)");
        assertThat(done.has("counts")).isFalse();
        assertThat(done.path("artistsDone").asInt()).isEqualTo(3);
        assertThat(done.path("artistsTotal").asInt()).isEqualTo(3);
        assertThat(done.path("artistCounts").path("artists").asInt()).isEqualTo(3);
        assertThat(done.path("artistCounts").path("matched").asInt()).isEqualTo(1);
        assertThat(done.path("artistCounts").path("failed").asInt()).isEqualTo(1);
        assertThat(done.path("failures")).extracting(JsonNode::asText)
                .containsExactly("artist Nobody: answered 503 after 5 attempts");
    }

    @Test
    void aRunOfAlbumsOnly_looksUpNoArtist_andNoKindsOrBothKindsMeansBoth() {
        JsonNode albums = untilDone(api.send("POST", "/api/library/enrichments", "{\"kinds\": [\"albums\"]}")
                .json().path("id").asText());
        assertThat(api.enrichment.parts).containsExactly("albums");
        assertThat(albums.has("artistCounts")).isFalse();
        assertThat(albums.path("kinds")).extracting(JsonNode::asText).containsExactly("albums");

        api.enrichment.parts.clear();
        JsonNode both = untilDone(api.send("POST", "/api/library/enrichments",
                "{\"kinds\": [\"artists\", \"albums\", \"artists\"]}").json().path("id").asText());
        assertThat(both.path("kinds")).extracting(JsonNode::asText).containsExactly("albums", "artists");
        assertThat(api.enrichment.parts).containsExactly("albums", "artists");

        api.enrichment.parts.clear();
        JsonNode none = untilDone(api.send("POST", "/api/library/enrichments").json().path("id").asText());
        assertThat(none.path("kinds")).extracting(JsonNode::asText).containsExactly("albums", "artists");
        assertThat(none.path("counts").path("matched").asInt()).isEqualTo(1);
        assertThat(none.path("artistCounts").path("matched").asInt()).isEqualTo(1);
    }

    @Test
    void everyBadFieldOfTheStart_isNamed() {
        assertThat(api.send("POST", "/api/library/enrichments", "{\"kinds\": [\"albums\", \"tracks\", 3],"
                + " \"dryRun\": \"yes\", \"limit\": 1}").invalidParamNames())
                .containsExactlyInAnyOrder("kinds[1]", "kinds[2]", "dryRun", "limit");
        assertThat(api.send("POST", "/api/library/enrichments", "{\"kinds\": []}").invalidParamNames())
                .containsExactly("kinds");
        assertThat(api.send("POST", "/api/library/enrichments", "{\"kinds\": \"albums\"}").invalidParamNames())
                .containsExactly("kinds");
        assertThat(api.send("POST", "/api/library/enrichments", "[\"albums\"]").invalidParamNames())
                .containsExactly("body");
        assertThat(api.enrichment.parts).as("no run started").isEmpty();
    }

    private JsonNode untilDone(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            JsonNode status = api.get("/api/library/enrichments/" + id).json();
            if (!status.path("state").asText().equals("running")) {
                assertThat(status.path("state").asText()).isEqualTo("done");
                return status;
            }
            assertThat(System.nanoTime()).as("the run ends within 10 s").isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    @Test
    void anAlbumsMatchAndCandidates_areRead_byAnyUser() {
        api.enrichment.matches.put(AlbumId.of(7), new AlbumMatch(AlbumId.of(7), KIND_OF_BLUE, MatchSource.TAGS,
                FakeEnrichment.AT));
        api.enrichment.candidates.put(AlbumId.of(8), List.of(new ReleaseCandidate(KIND_OF_BLUE, 88)));

        JsonNode match = api.asUser().get("/api/albums/7/match").json();
        JsonNode candidates = api.asUser().get("/api/albums/8/candidates").json();

        assertThat(match.path("release").path("id").asText()).isEqualTo(KIND_OF_BLUE.id().value());
        assertThat(match.path("release").path("artists").get(0).path("name").asText()).isEqualTo("Miles Davis");
        assertThat(match.path("release").path("label").asText()).isEqualTo("Columbia");
        assertThat(match.path("source").asText()).isEqualTo("tags");
        assertThat(candidates.path("items").get(0).path("score").asInt()).isEqualTo(88);
        assertThat(api.asUser().get("/api/albums/8/match").status()).isEqualTo(404);
        assertThat(api.asUser().get("/api/albums/7/candidates").json().path("items")).isEmpty();
    }

    @Test
    void anAdmin_choosesTheRelease_andEveryBadRequestIsNamed() {
        api.enrichment.albums.put(AlbumId.of(7), true);
        api.enrichment.releases.put(KIND_OF_BLUE.id(), KIND_OF_BLUE);
        String body = "{\"releaseId\": \"" + KIND_OF_BLUE.id().value().toUpperCase() + "\"}";

        RunningApi.Response chosen = api.send("PUT", "/api/albums/7/match", body);

        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.json().path("source").asText()).isEqualTo("person");
        assertThat(api.asUser().send("PUT", "/api/albums/7/match", body).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/albums/7/match", "{}").json().path("invalidParams").get(0)
                .path("name").asText()).isEqualTo("releaseId");
        assertThat(api.send("PUT", "/api/albums/7/match", "{\"releaseId\": \"kind-of-blue\"}").status())
                .isEqualTo(400);
        assertThat(api.send("PUT", "/api/albums/9/match", body).status()).as("no such album").isEqualTo(404);
        assertThat(api.send("PUT", "/api/albums/7/match",
                "{\"releaseId\": \"00000000-0000-4000-8000-000000000000\"}").status()).as("unknown release")
                .isEqualTo(404);
    }

    @Test
    void musicBrainzDown_isA503WithItsRetryAfter() {
        api.enrichment.albums.put(AlbumId.of(7), true);
        api.enrichment.musicBrainzDown = true;

        RunningApi.Response down = api.send("PUT", "/api/albums/7/match",
                "{\"releaseId\": \"" + KIND_OF_BLUE.id().value() + "\"}");

        assertThat(down.status()).isEqualTo(503);
        assertThat(down.header("Retry-After")).isEqualTo("7");
        assertThat(down.json().path("type").asText()).isEqualTo("urn:tonearm:problem:remote-service-unavailable");
    }
}
