package io.tonearm.adapters.http.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.adapters.http.outbound.FakeService.Answer;
import io.tonearm.domain.enrichment.ArtistCandidate;
import io.tonearm.domain.enrichment.ArtistCredit;
import io.tonearm.domain.enrichment.MusicBrainzArtist;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.Release;
import io.tonearm.domain.enrichment.ReleaseCandidate;
import io.tonearm.domain.enrichment.ReleaseSearch;
import io.tonearm.domain.enrichment.ReleaseTrack;
import io.tonearm.domain.enrichment.RemoteServiceException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The MusicBrainz client against a fake MusicBrainz that answers as the real one does (ws/2, JSON). */
class MusicBrainzClientTest {
    private static final MusicBrainzId KIND_OF_BLUE = MusicBrainzId.of("8b4ab94d-ff94-4f3e-a4ab-7e5e1c7a4a8f");
    private static final String MILES = "561d854a-6a28-4aa7-8c99-323e6ce46c2a";
    private static final String LOOKUP = """
            {"id": "8b4ab94d-ff94-4f3e-a4ab-7e5e1c7a4a8f", "title": "Kind of Blue", "status": "Official",
             "date": "1959-08-17", "country": "US",
             "artist-credit": [{"name": "Miles Davis", "joinphrase": "",
               "artist": {"id": "561d854a-6a28-4aa7-8c99-323e6ce46c2a", "name": "Miles Davis", "sort-name": "Davis, Miles"}}],
             "label-info": [{"catalog-number": "CL 1355", "label": {"id": "011d1192-6f65-45bd-85c4-0400dd45693e", "name": "Columbia"}}],
             "media": [{"position": 1, "format": "12\\" Vinyl", "track-count": 3}, {"position": 2, "track-count": 2}],
             "genres": [{"name": "jazz", "count": 9}, {"name": "modal jazz", "count": 4}]}
            """;
    private static final String SEARCH = """
            {"created": "2026-12-07T10:00:00.000Z", "count": 2, "offset": 0, "releases": [
              {"id": "8b4ab94d-ff94-4f3e-a4ab-7e5e1c7a4a8f", "score": 100, "title": "Kind of Blue", "track-count": 5,
               "date": "1959", "artist-credit": [{"name": "Miles Davis", "artist": {"id": "561d854a-6a28-4aa7-8c99-323e6ce46c2a", "name": "Miles Davis"}}]},
              {"id": "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9", "score": 62, "title": "Kind of Blue (Legacy Edition)",
               "track-count": 13, "artist-credit": [{"name": "Miles Davis", "artist": {"id": "561d854a-6a28-4aa7-8c99-323e6ce46c2a", "name": "Miles Davis"}}]}]}
            """;

    private FakeService fake;
    private MusicBrainzClient client;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeService();
        OutboundPolicy policy = new OutboundPolicy(1000, Duration.ofMillis(1), 2, Duration.ofMillis(5), 3,
                Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(5), 100, Duration.ofSeconds(30));
        client = new MusicBrainzClient(new OutboundService("musicbrainz", fake.uri(), policy,
                "Tonearm/1.0 ( ops@example.org )"));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aReleaseById_isReadWithItsArtistsLabelTracksAndGenres() {
        fake.then(Answer.json(200, LOOKUP));

        Release release = client.findRelease(KIND_OF_BLUE).orElseThrow();

        assertThat(release).isEqualTo(new Release(KIND_OF_BLUE, "Kind of Blue",
                List.of(new ArtistCredit(MusicBrainzId.of(MILES), "Miles Davis")), "1959-08-17", "Columbia", 5,
                List.of("jazz", "modal jazz")));
        FakeService.Received request = fake.received().get(0);
        assertThat(request.path()).isEqualTo("/ws/2/release/" + KIND_OF_BLUE.value());
        assertThat(request.rawQuery()).isEqualTo("inc=artist-credits+labels+recordings+release-groups+genres&fmt=json");
        assertThat(request.header("Accept")).isEqualTo("application/json");
    }

    @Test
    void aReleasesGroupAndRecordings_areReadByMediumAndPosition() {
        fake.then(Answer.json(200, """
                {"id": "8b4ab94d-ff94-4f3e-a4ab-7e5e1c7a4a8f", "title": "Kind of Blue",
                 "artist-credit": [{"name": "Miles Davis", "artist": {"id": "561d854a-6a28-4aa7-8c99-323e6ce46c2a"}}],
                 "release-group": {"id": "a0d3d2a8-0d3c-3e6c-b6a4-3c0f5b3b1f5e", "title": "Kind of Blue"},
                 "media": [{"position": 1, "track-count": 2, "tracks": [
                     {"position": 1, "number": "A1", "recording": {"id": "c5d3ad8a-98f1-4a0e-b1bd-7b0b5b0f9b3a"}},
                     {"position": 2, "number": "A2", "recording": {"id": "d6e4be9b-a9f2-4b1f-82ce-8c1c6c1fac4b"}}]},
                   {"position": 2, "track-count": 1, "tracks": [
                     {"position": 1, "number": "B1", "recording": {"id": "e7f5cfac-baf3-4c2a-93df-9d2d7d2fbd5c"}}]}]}
                """));

        Release release = client.findRelease(KIND_OF_BLUE).orElseThrow();

        assertThat(release.releaseGroup()).isEqualTo(MusicBrainzId.of("a0d3d2a8-0d3c-3e6c-b6a4-3c0f5b3b1f5e"));
        assertThat(release.tracks()).containsExactly(
                new ReleaseTrack(1, 1, MusicBrainzId.of("c5d3ad8a-98f1-4a0e-b1bd-7b0b5b0f9b3a")),
                new ReleaseTrack(1, 2, MusicBrainzId.of("d6e4be9b-a9f2-4b1f-82ce-8c1c6c1fac4b")),
                new ReleaseTrack(2, 1, MusicBrainzId.of("e7f5cfac-baf3-4c2a-93df-9d2d7d2fbd5c")));
        assertThat(release.recordingAt(2, 1)).contains(MusicBrainzId.of("e7f5cfac-baf3-4c2a-93df-9d2d7d2fbd5c"));
        assertThat(release.recordingAt(2, 2)).isEmpty();
        assertThat(release.trackCount()).isEqualTo(3);
    }

    @Test
    void anUnknownRelease_isEmpty_notAFailure() {
        fake.then(Answer.json(404, "{\"error\": \"Not Found\"}"));

        assertThat(client.findRelease(KIND_OF_BLUE)).isEmpty();
        assertThat(fake.received()).hasSize(1);
    }

    @Test
    void aSearch_asksByAlbumArtistAndTrackCount_andAnswersTheCandidatesWithTheirScores() {
        fake.then(Answer.json(200, SEARCH));

        List<ReleaseCandidate> candidates = client.search(new ReleaseSearch("Miles Davis", "Kind of Blue", 5));

        assertThat(candidates).extracting(ReleaseCandidate::score).containsExactly(100, 62);
        assertThat(candidates.get(0).release().trackCount()).isEqualTo(5);
        assertThat(candidates.get(0).release().date()).isEqualTo("1959");
        assertThat(candidates.get(1).release().label()).isNull();
        FakeService.Received request = fake.received().get(0);
        assertThat(request.path()).isEqualTo("/ws/2/release/");
        assertThat(URLDecoder.decode(request.rawQuery(), StandardCharsets.UTF_8)).isEqualTo(
                "query=release:\"Kind of Blue\" AND artist:\"Miles Davis\" AND tracks:5&limit=5&fmt=json");
    }

    @Test
    void quotesAndBackslashesInTags_cannotBreakOutOfTheSearchPhrase() {
        fake.then(Answer.json(200, "{\"releases\": []}"));

        assertThat(client.search(new ReleaseSearch("AC\\DC", "Say \"Hi\" OR artist:*", 0))).isEmpty();

        assertThat(URLDecoder.decode(fake.received().get(0).rawQuery(), StandardCharsets.UTF_8)).isEqualTo(
                "query=release:\"Say \\\"Hi\\\" OR artist:*\" AND artist:\"AC\\\\DC\"&limit=5&fmt=json");
    }

    @Test
    void musicBrainzsRateLimit503_isWaitedOut_thenAnswered() {
        fake.then(Answer.of(503).withHeader("Retry-After", "0"), Answer.json(200, LOOKUP));

        assertThat(client.findRelease(KIND_OF_BLUE)).isPresent();
        assertThat(fake.received()).hasSize(2);
    }

    @Test
    void aBadRequestOrUnreadableAnswer_isARefusal_notRetried() {
        fake.then(Answer.json(400, "{\"error\": \"Invalid mbid.\"}"), Answer.json(200, "{not json"),
                Answer.json(200, "{\"id\": \"not-a-uuid\", \"title\": \"x\", \"artist-credit\": []}"));

        assertThatThrownBy(() -> client.findRelease(KIND_OF_BLUE)).isInstanceOfSatisfying(RemoteServiceException.class,
                e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e).hasMessageContaining("answered 400: {\"error\": \"Invalid mbid.\"}");
                });
        assertThatThrownBy(() -> client.findRelease(KIND_OF_BLUE)).hasMessageContaining("JSON that cannot be read");
        assertThatThrownBy(() -> client.findRelease(KIND_OF_BLUE)).hasMessageContaining("cannot be read");
        assertThat(fake.received()).hasSize(3);
    }

    @Test
    void anArtistById_isReadWithItsSortNameAndGenresMostVotedFirst_andAnUnknownOneIsNone() {
        fake.then(Answer.json(200, """
                {"id": "561d854a-6a28-4aa7-8c99-323e6ce46c2a", "name": "Miles Davis", "sort-name": "Davis, Miles",
                 "type": "Person", "genres": [{"name": "bebop", "count": 3}, {"name": "jazz", "count": 12},
                 {"name": "cool jazz", "count": 0}], "tags": [{"name": "trumpet", "count": 20}]}
                """), Answer.json(404, "{\"error\": \"Not Found\"}"));

        MusicBrainzArtist artist = client.findArtist(MusicBrainzId.of(MILES)).orElseThrow();

        assertThat(artist).isEqualTo(new MusicBrainzArtist(MusicBrainzId.of(MILES), "Miles Davis", "Davis, Miles",
                List.of("jazz", "bebop")));
        FakeService.Received request = fake.received().get(0);
        assertThat(request.path()).isEqualTo("/ws/2/artist/" + MILES);
        assertThat(request.rawQuery()).isEqualTo("inc=genres+tags&fmt=json");
        assertThat(request.header("User-Agent")).isEqualTo("Tonearm/1.0 ( ops@example.org )");
        assertThat(client.findArtist(MusicBrainzId.of(MILES))).isEmpty();
    }

    @Test
    void anArtistWithoutGenres_isGivenItsTags_andOneWithNeitherHasNone() {
        fake.then(Answer.json(200, """
                {"id": "561d854a-6a28-4aa7-8c99-323e6ce46c2a", "name": "Miles Davis",
                 "tags": [{"name": "trumpet", "count": 2}, {"name": "jazz", "count": 5}, {"name": "", "count": 9}]}
                """), Answer.json(200, """
                {"id": "561d854a-6a28-4aa7-8c99-323e6ce46c2a", "name": "Miles Davis"}
                """));

        MusicBrainzArtist tagged = client.findArtist(MusicBrainzId.of(MILES)).orElseThrow();
        MusicBrainzArtist bare = client.findArtist(MusicBrainzId.of(MILES)).orElseThrow();

        assertThat(tagged.genres()).containsExactly("jazz", "trumpet");
        assertThat(tagged.sortName()).isNull();
        assertThat(bare.genres()).isEmpty();
    }

    @Test
    void anArtistSearch_isALucenePhraseOnTheName_andAnswersScoredArtistsBestFirst() {
        fake.then(Answer.json(200, """
                {"created": "2026-12-07T10:00:00.000Z", "count": 2, "offset": 0, "artists": [
                  {"id": "561d854a-6a28-4aa7-8c99-323e6ce46c2a", "name": "Miles Davis", "sort-name": "Davis, Miles",
                   "score": 100, "tags": [{"name": "jazz", "count": 4}]},
                  {"id": "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9", "name": "Miles Davis Quintet", "score": 71}]}
                """));

        List<ArtistCandidate> found = client.searchArtists(" Miles Davis ");

        assertThat(found).containsExactly(
                new ArtistCandidate(new MusicBrainzArtist(MusicBrainzId.of(MILES), "Miles Davis", "Davis, Miles",
                        List.of("jazz")), 100),
                new ArtistCandidate(new MusicBrainzArtist(MusicBrainzId.of("0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"),
                        "Miles Davis Quintet", null, List.of()), 71));
        FakeService.Received request = fake.received().get(0);
        assertThat(request.path()).isEqualTo("/ws/2/artist");
        assertThat(URLDecoder.decode(request.rawQuery(), StandardCharsets.UTF_8))
                .isEqualTo("query=artist:\"Miles Davis\"&limit=5&fmt=json");
    }

    @Test
    void quotesAndBackslashesInAnArtistsName_cannotBreakOutOfTheSearchPhrase_andABlankNameIsNotSearched() {
        fake.then(Answer.json(200, "{\"artists\": []}"));

        assertThat(client.searchArtists("AC\\DC \" OR artist:*")).isEmpty();

        assertThat(URLDecoder.decode(fake.received().get(0).rawQuery(), StandardCharsets.UTF_8))
                .isEqualTo("query=artist:\"AC\\\\DC \\\" OR artist:*\"&limit=5&fmt=json");
        assertThatThrownBy(() -> client.searchArtists(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(fake.received()).hasSize(1);
    }

    @Test
    void anArtistThatCannotBeRead_orAServiceThatIsDown_isARemoteServiceException() {
        fake.then(Answer.json(200, "{\"id\": \"not-a-uuid\", \"name\": \"x\"}"), Answer.of(503),
                Answer.of(503), Answer.of(503));

        assertThatThrownBy(() -> client.findArtist(MusicBrainzId.of(MILES)))
                .isInstanceOf(RemoteServiceException.class).hasMessageContaining("an artist that cannot be read");
        assertThatThrownBy(() -> client.searchArtists("Miles Davis"))
                .isInstanceOfSatisfying(RemoteServiceException.class, e -> assertThat(e.isRetryable()).isTrue());
    }
}
