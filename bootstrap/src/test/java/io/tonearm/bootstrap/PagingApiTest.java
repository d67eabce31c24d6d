package io.tonearm.bootstrap;

import static io.tonearm.bootstrap.TrackJson.track;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.bootstrap.Api.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every list answers {items, total, offset, limit}; deep pages can be reached with cursors. */
class PagingApiTest extends FullStackTest {

    @Test
    void aPage_answersItsItemsTheExactTotalAndTheOffsetAndLimitApplied() {
        List<Long> ids = addTracks(5);

        Response page = api.get("/api/tracks?offset=1&limit=2");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.ids()).containsExactly(ids.get(1), ids.get(2));
        assertThat(page.body().get("total").asLong()).isEqualTo(5);
        assertThat(page.body().get("offset").asInt()).isEqualTo(1);
        assertThat(page.body().get("limit").asInt()).isEqualTo(2);
    }

    @Test
    void withoutPagingParameters_theFirst20AreAnswered() {
        List<Long> ids = addTracks(25);

        Response page = api.get("/api/tracks");

        assertThat(page.ids()).containsExactlyElementsOf(ids.subList(0, 20));
        assertThat(page.body().get("total").asLong()).isEqualTo(25);
        assertThat(page.body().get("offset").asInt()).isZero();
        assertThat(page.body().get("limit").asInt()).isEqualTo(20);
    }

    @Test
    void anOffsetPastTheEnd_answersNoItemsButTheTotal() {
        addTracks(3);

        Response page = api.get("/api/tracks?offset=10&limit=5");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.ids()).isEmpty();
        assertThat(page.body().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void followingTheCursors_visitsEveryTrackOnceInOrderAsOffsetsDo() {
        List<Long> ids = addTracks(7);
        List<Long> seen = new ArrayList<>();
        String query = "offset=0&limit=3";
        Response page;
        do {
            page = api.get("/api/tracks?" + query);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body().get("total").asLong()).isEqualTo(7);
            seen.addAll(page.ids());
            String cursor = page.body().path("nextCursor").asText(null);
            query = cursor == null ? null : "offset=" + seen.size() + "&limit=3&after="
                    + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
        } while (query != null);

        assertThat(seen).containsExactlyElementsOf(ids);
        assertThat(api.get("/api/tracks?offset=6&limit=3").ids()).containsExactly(ids.get(6));
        assertThat(api.get("/api/tracks?offset=0&limit=3").body().has("nextCursor"))
                .as("a first page of a longer list offers a cursor").isTrue();
    }

    @ParameterizedTest(name = "{0} is refused, naming {1}")
    @CsvSource({
        "limit=0, limit",
        "limit=501, limit",
        "limit=ten, limit",
        "offset=-1, offset",
        "offset=x, offset",
    })
    void badPagingParameters_are400ProblemsNamingTheParameter(String query, String parameter) {
        for (String list : List.of("/api/tracks", "/api/tracks/favorites", "/api/tracks/recent",
                "/api/tracks/popular", "/api/charts", "/api/albums", "/api/artists",
                "/api/tracks/search?q=x&", "/api/albums/search?q=x&", "/api/artists/search?q=x&")) {
            String path = list.endsWith("&") ? list + query : list + "?" + query;

            Response response = api.get(path);

            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.invalidParams()).as(path).containsExactly(parameter);
        }
    }

    @Test
    void aCursorThatWasNotHandedOut_is400NamingAfter() {
        addTracks(2);

        Response response = api.get("/api/tracks?offset=1&limit=1&after=not-a-cursor");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidParams()).containsExactly("after");
    }

    /** @return the ids of {@code count} new tracks, in the order added (one bulk request) */
    private static List<Long> addTracks(int count) {
        TrackJson[] tracks = IntStream.rangeClosed(1, count).mapToObj(i -> track("Track " + i))
                .toArray(TrackJson[]::new);
        assertThat(api.post("/api/tracks", TrackJson.array(tracks)).status()).isEqualTo(201);
        return api.get("/api/tracks?limit=500").ids();
    }
}
