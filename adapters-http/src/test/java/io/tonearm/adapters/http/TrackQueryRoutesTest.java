package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.ReplayGain;
import io.tonearm.domain.Track;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackQueryRoutesTest {
    private final RunningApi api = RunningApi.start();
    private Track wish;
    private Track money;

    @BeforeEach
    void seed() {
        api.library.reset();
        wish = api.library.add("/music/wish.mp3", "Wish You Were Here", "Pink Floyd", "Wish You Were Here");
        money = api.library.add("/music/money.mp3", "Money", "Pink Floyd", "The Dark Side of the Moon");
        api.library.add("/music/sound.mp3", "The Sound of Silence", "Simon & Garfunkel", null);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void listingTracks_answersItemsTotalOffsetAndLimitWithTheDefaults() {
        RunningApi.Response response = api.get("/api/tracks");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode page = response.json();
        assertThat(page.get("items")).hasSize(3);
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("offset").asInt()).isZero();
        assertThat(page.get("limit").asInt()).isEqualTo(PageRequest.DEFAULT_LIMIT);
        assertThat(page.has("nextCursor")).as("no following page, no cursor").isFalse();
        assertThat(api.library.lastPage()).isEqualTo(PageRequest.of(0, PageRequest.DEFAULT_LIMIT));
    }

    @Test
    void listingTracks_passesOffsetLimitAndAfterToTheUseCase() {
        api.get("/api/tracks?offset=5&limit=7&after=after-1");

        assertThat(api.library.lastPage()).isEqualTo(new PageRequest(5, 7, "after-1"));
    }

    @Test
    void aPageWithAFollowingPage_carriesTheCursorThatFetchesIt() {
        JsonNode first = api.get("/api/tracks?limit=2").json();
        assertThat(first.get("nextCursor").asText()).isEqualTo("after-2");

        JsonNode second = api.get("/api/tracks?limit=2&offset=2&after=" + first.get("nextCursor").asText()).json();

        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("title").asText()).isEqualTo("The Sound of Silence");
        assertThat(second.get("offset").asInt()).isEqualTo(2);
        assertThat(second.has("nextCursor")).isFalse();
    }

    @Test
    void aTrackWithACover_saysWhereItIs_andOneWithoutSaysNull() {
        Track covered = api.library.addWithCover("/music/covered/song.mp3", "Covered", "Pink Floyd", "Animals");

        JsonNode withCover = api.get("/api/tracks/" + covered.id()).json();
        JsonNode without = api.get("/api/tracks/" + wish.id()).json();
        JsonNode album = api.get("/api/albums/" + covered.albumId()).json();

        assertThat(withCover.get("coverUrl").asText()).isEqualTo("/api/tracks/" + covered.id() + "/cover");
        assertThat(without.has("coverUrl")).as("always there").isTrue();
        assertThat(without.get("coverUrl").isNull()).isTrue();
        assertThat(album.get("coverUrl").asText()).isEqualTo("/api/albums/" + covered.albumId() + "/cover");
        assertThat(api.get("/api/albums/" + wish.albumId()).json().get("coverUrl").isNull()).isTrue();
        assertThat(api.get("/api/tracks").json().get("items").findValues("coverUrl")).hasSize(4);
    }

    @Test
    void aTrack_isShownWithCamelCaseFieldsPlainIdsIsoInstantsAndDurationInMilliseconds() {
        JsonNode track = api.get("/api/tracks/" + wish.id()).json();

        assertThat(track.get("id").isIntegralNumber()).isTrue();
        assertThat(track.get("id").asLong()).isEqualTo(wish.id().value());
        assertThat(track.get("albumId").asLong()).isEqualTo(wish.albumId().value());
        assertThat(track.get("path").asText()).isEqualTo("/music/wish.mp3");
        assertThat(track.get("artists")).hasSize(1);
        assertThat(track.get("artists").get(0).asText()).isEqualTo("Pink Floyd");
        assertThat(track.get("albumArtist").asText()).isEqualTo("Pink Floyd");
        assertThat(track.get("durationMs").asLong()).isEqualTo(215_500);
        assertThat(track.get("fileModifiedAt").asText()).isEqualTo("2024-01-02T03:04:05Z");
        assertThat(track.get("addedAt").asText()).isEqualTo("2024-01-02T03:04:05Z");
        assertThat(track.get("favorite").asBoolean()).isFalse();
        assertThat(track.get("playCount").asLong()).isZero();
        assertThat(fieldNames(track)).containsExactly("id", "path", "title", "artists", "albumId", "album",
                "albumArtist", "trackNumber", "discNumber", "year", "genre", "durationMs", "bitrate", "sampleRate",
                "format", "fileSize", "fileModifiedAt", "favorite", "playCount", "addedAt", "updatedAt", "coverUrl");
    }

    @Test
    void aTrackTaggedWithReplayGain_showsTheValuesItsFileCarries_andAnUntaggedOneNone() {
        Track tagged = api.library.addWithReplayGain("/music/loud.flac", "Loud", "Pink Floyd", "Animals",
                new ReplayGain(-6.54, 0.988547, -7.2, null));

        JsonNode gain = api.get("/api/tracks/" + tagged.id()).json().get("replayGain");
        JsonNode untagged = api.get("/api/tracks/" + wish.id()).json();

        assertThat(gain.toString()).isEqualTo("{\"trackGain\":-6.54,\"trackPeak\":0.988547,\"albumGain\":-7.2}");
        assertThat(untagged.has("replayGain")).isFalse();
        assertThat(api.get("/api/tracks").json().get("items").findValues("replayGain")).hasSize(1);
    }

    @Test
    void unknownOptionalFacts_areLeftOutRatherThanNull() {
        Track noAlbum = api.library.getAllTracks(PageRequest.first(10)).items().get(2);

        JsonNode track = api.get("/api/tracks/" + noAlbum.id()).json();

        assertThat(track.has("album")).isFalse();
        assertThat(track.has("albumId")).isFalse();
        assertThat(track.has("lastPlayedAt")).isFalse();
        assertThat(track.has("musicBrainz")).isFalse();
        // the one null: coverUrl is no unknown fact, it says the track has no cover
        assertThat(api.get("/api/tracks/" + noAlbum.id()).body().replace("\"coverUrl\":null", ""))
                .doesNotContain("null");
    }

    @Test
    void anUnknownTrack_isA404Problem() {
        RunningApi.Response response = api.get("/api/tracks/999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).isEqualTo("no track with id 999");
        assertThat(response.json().get("instance").asText()).isEqualTo("/api/tracks/999");
    }

    @Test
    void aNonNumericOrNonPositiveId_isA400NamingTheId() {
        for (String id : List.of("abc", "0", "-4", "1.5", "99999999999999999999")) {
            RunningApi.Response response = api.get("/api/tracks/" + id);

            assertThat(response.status()).as(id).isEqualTo(400);
            assertThat(response.invalidParamNames()).as(id).containsExactly("id");
        }
    }

    @Test
    void searching_passesTheQueryAndAnswersAPage() {
        JsonNode page = api.get("/api/tracks/search?q=pink%20wish&limit=5").json();

        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(wish.id().value());
        assertThat(page.get("limit").asInt()).isEqualTo(5);
    }

    @Test
    void searchingWithoutWords_isA400NamingQ() {
        for (String query : List.of("", "?q=", "?q=%20%20")) {
            RunningApi.Response response = api.get("/api/tracks/search" + query);

            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.invalidParamNames()).as(query).containsExactly("q");
        }
    }

    @Test
    void favoritesRecentAndPopular_listWhatTheUseCasesAnswer() {
        api.library.setTrackFavorite(money.id(), true);
        api.library.recordTrackPlay(wish.id(), Instant.now().minusSeconds(60));
        api.library.recordTrackPlay(money.id(), Instant.now().minusSeconds(30));
        api.library.recordTrackPlay(wish.id(), Instant.now().minusSeconds(90));

        assertThat(ids(api.get("/api/tracks/favorites").json())).containsExactly(money.id().value());
        assertThat(ids(api.get("/api/tracks/recent").json())).containsExactly(money.id().value(), wish.id().value());
        assertThat(ids(api.get("/api/tracks/popular").json())).containsExactly(wish.id().value(), money.id().value());
    }

    @Test
    void theChart_coversSevenDaysByDefaultAndListsPlaysWithTheirTrack() {
        api.library.recordTrackPlay(money.id(), Instant.now().minusSeconds(60));
        api.library.recordTrackPlay(money.id(), Instant.now().minusSeconds(30));

        JsonNode chart = api.get("/api/charts").json();

        assertThat(api.library.lastChartWindow()).isEqualTo(Duration.ofDays(7));
        assertThat(chart.get("items")).hasSize(1);
        assertThat(chart.get("items").get(0).get("plays").asLong()).isEqualTo(2);
        assertThat(chart.get("items").get(0).get("track").get("title").asText()).isEqualTo("Money");
        assertThat(chart.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theChart_takesTheWindowInDays() {
        api.get("/api/charts?days=30&limit=3");

        assertThat(api.library.lastChartWindow()).isEqualTo(Duration.ofDays(30));
        assertThat(api.library.lastPage()).isEqualTo(PageRequest.of(0, 3));
    }

    @Test
    void aBadChartWindow_isA400NamingDays() {
        for (String days : List.of("0", "-1", "abc", "100000")) {
            RunningApi.Response response = api.get("/api/charts?days=" + days);

            assertThat(response.status()).as(days).isEqualTo(400);
            assertThat(response.invalidParamNames()).as(days).containsExactly("days");
        }
    }

    @Test
    void aBulkLookup_answersTheMatchingTracks() {
        RunningApi.Response response = api.send("POST", "/api/tracks/lookup",
                "[{\"title\":\"money\",\"artist\":\"pink floyd\"},{\"title\":\"Nope\",\"artist\":\"Nobody\"}]");

        assertThat(response.status()).isEqualTo(200);
        assertThat(ids(response.json())).containsExactly(money.id().value());
    }

    @Test
    void aBulkLookupWithABadPair_isA400NamingTheElementAndField() {
        RunningApi.Response blank = api.send("POST", "/api/tracks/lookup",
                "[{\"title\":\"Money\",\"artist\":\"Pink Floyd\"},{\"title\":\" \",\"artist\":\"X\"}]");
        RunningApi.Response unknown = api.send("POST", "/api/tracks/lookup", "[{\"title\":\"a\",\"band\":\"b\"}]");
        RunningApi.Response notAnArray = api.send("POST", "/api/tracks/lookup", "{\"title\":\"a\",\"artist\":\"b\"}");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.invalidParamNames()).containsExactly("[1].title");
        assertThat(unknown.invalidParamNames()).as("the unknown field, and the artist it did not give")
                .containsExactly("[0].band", "[0].artist");
        assertThat(notAnArray.invalidParamNames()).containsExactly("body");
    }

    @Test
    void aBulkLookupWithSeveralBadPairs_namesEveryBadField() {
        RunningApi.Response response = api.send("POST", "/api/tracks/lookup",
                "[{\"title\":\" \",\"artist\":\"\"},{\"title\":\"Money\",\"artist\":\"Pink Floyd\"},"
                        + "{\"title\":5,\"artist\":\"X\"}]");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidParamNames()).containsExactly("[0].title", "[0].artist", "[2].title");
    }

    @Test
    void aBulkLookupOfTooManyPairs_isA400() {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i <= io.tonearm.application.TrackQueries.MAX_LOOKUPS; i++) {
            pairs.add("{\"title\":\"t" + i + "\",\"artist\":\"a\"}");
        }

        RunningApi.Response response = api.send("POST", "/api/tracks/lookup", "[" + String.join(",", pairs) + "]");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidParamNames()).containsExactly("tracks");
    }

    @Test
    void badPaging_isA400NamingTheParameter() {
        assertThat(api.get("/api/tracks?limit=0").invalidParamNames()).containsExactly("limit");
        assertThat(api.get("/api/tracks?limit=501").invalidParamNames()).containsExactly("limit");
        assertThat(api.get("/api/tracks?limit=ten").invalidParamNames()).containsExactly("limit");
        assertThat(api.get("/api/tracks?offset=-1").invalidParamNames()).containsExactly("offset");
        assertThat(api.get("/api/tracks?offset=1e3").invalidParamNames()).containsExactly("offset");
        assertThat(api.get("/api/tracks?after=").invalidParamNames()).containsExactly("after");
        assertThat(api.get("/api/tracks?limit=1&limit=2").invalidParamNames()).containsExactly("limit");
        RunningApi.Response response = api.get("/api/tracks?limit=900");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).isEqualTo("limit must be between 1 and 500 but was 900");
        assertThat(response.json().get("invalidParams").get(0).get("reason").asText())
                .isEqualTo("limit must be between 1 and 500 but was 900");
    }

    @Test
    void everyList_acceptsPaging() {
        for (String list : List.of("/api/tracks", "/api/tracks/search?q=a&", "/api/tracks/favorites",
                "/api/tracks/recent", "/api/tracks/popular", "/api/charts", "/api/albums", "/api/albums/search?q=a&",
                "/api/albums/1/tracks", "/api/artists", "/api/artists/search?q=a&", "/api/artists/1/albums")) {
            String url = list + (list.endsWith("&") ? "" : "?") + "offset=1&limit=2";

            RunningApi.Response response = api.get(url);

            assertThat(response.status()).as(url).isEqualTo(200);
            assertThat(api.library.lastPage()).as(url).isEqualTo(PageRequest.of(1, 2));
            assertThat(response.json().get("offset").asInt()).as(url).isEqualTo(1);
            assertThat(response.json().get("limit").asInt()).as(url).isEqualTo(2);
            assertThat(response.json().get("total").isIntegralNumber()).as(url).isTrue();
            assertThat(api.get(list + (list.endsWith("&") ? "" : "?") + "limit=x").invalidParamNames()).as(url)
                    .containsExactly("limit");
        }
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
