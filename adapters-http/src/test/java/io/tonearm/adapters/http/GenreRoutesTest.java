package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.domain.MusicBrainzIds;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Track;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/genres and /api/genres/tracks through the running server. */
class GenreRoutesTest {
    private static RunningApi api;
    private Track jazz;
    private Track otherJazz;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void catalog() {
        api.library.reset();
        jazz = add("/music/miles/kob/1.flac", "So What", "Kind of Blue", "Jazz");
        add("/music/miles/kob/2.flac", "Blue in Green", "Kind of Blue", "jazz");
        otherJazz = add("/music/nina/pb/1.flac", "Sinnerman", "Pastel Blues", "Jazz/Soul");
        add("/music/eno/ambient/1.flac", "1/1", "Music for Airports", "Ambient");
        add("/music/x/none.flac", "Untagged", "Nothing", null);
    }

    private static Track add(String path, String title, String album, String genre) {
        return api.library.addTrack(new NewTrack(path, title, List.of("Someone"), album, "Someone", 1, 1, 1960, genre,
                Duration.ofSeconds(300), 320, 44_100, "FLAC", 1_000L, Instant.parse("2024-01-01T00:00:00Z"),
                MusicBrainzIds.NONE, false, false));
    }

    @Test
    void theGenres_areListedByName_withTheirCounts_ignoringCase() {
        RunningApi.Response response = api.asUser().get("/api/genres");

        assertThat(response.status()).isEqualTo(200);
        List<String> listed = new ArrayList<>();
        for (JsonNode genre : response.json().get("items")) {
            listed.add(genre.get("name").asText() + " " + genre.get("trackCount").asInt() + " "
                    + genre.get("albumCount").asInt());
        }
        assertThat(listed).containsExactly("Ambient 1 1", "Jazz 2 1", "Jazz/Soul 1 1");
    }

    @Test
    void theTracksOfAGenre_namedByAQueryParameter_comeAsAPage() {
        JsonNode page = api.asUser().get("/api/genres/tracks?name=JAZZ&limit=1").json();

        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(jazz.id().value());
        JsonNode slashed = api.asUser().get("/api/genres/tracks?name=Jazz%2FSoul").json();
        assertThat(slashed.get("items").get(0).get("id").asLong()).isEqualTo(otherJazz.id().value());
        assertThat(api.asUser().get("/api/genres/tracks?name=Polka").json().get("items")).isEmpty();
    }

    @Test
    void withoutAName_or_signedOut_theTracksAreRefused() {
        assertThat(api.asUser().get("/api/genres/tracks").invalidParamNames()).containsExactly("name");
        assertThat(api.asUser().get("/api/genres/tracks?name=%20").invalidParamNames()).containsExactly("name");
        assertThat(api.anonymous().get("/api/genres").status()).isEqualTo(401);
    }
}
