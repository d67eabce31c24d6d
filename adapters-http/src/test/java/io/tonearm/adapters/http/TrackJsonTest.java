package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tonearm.domain.Track;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A track's JSON is written once per instance, and is exactly what Jackson writes for it. */
class TrackJsonTest {
    private final ApiJson json = new ApiJson(RunningApi.SETTINGS);
    private final TrackJson tracks = new TrackJson(json);

    @Test
    void aTrack_isWrittenAsItsResponse_andTheSameInstance_getsTheKeptText() {
        FakeLibrary library = new FakeLibrary();
        Track track = library.add("/music/a.mp3", "A \"quoted\" title", "Band", "Album");

        assertThat(tracks.of(track).rawValue().toString()).isEqualTo(json.text(TrackResponse.of(track)));
        assertThat(tracks.of(track)).isSameAs(tracks.of(track));
    }

    @Test
    void aChangedTrack_isANewInstance_writtenAnew() {
        FakeLibrary library = new FakeLibrary();
        Track track = library.add("/music/a.mp3", "A", "Band", "Album");
        Track favorite = track.withFavorite(true);

        assertThat(tracks.of(favorite).rawValue().toString()).contains("\"favorite\":true");
        assertThat(tracks.of(track).rawValue().toString()).contains("\"favorite\":false");
    }

    @Test
    void aPageOfKeptTexts_isTheSameJsonAsAPageOfResponses() {
        FakeLibrary library = new FakeLibrary();
        library.add("/music/a.mp3", "A", "Band", "Album");
        library.add("/music/b.mp3", "B", "Band", "Album");
        var page = library.getAllTracks(io.tonearm.domain.PageRequest.first(10));

        assertThat(json.text(PageResponse.of(page, tracks::of)))
                .isEqualTo(json.text(PageResponse.of(page, TrackResponse::of)));
    }

    @Test
    void aPageOfKeptTexts_writtenAsBytes_isTheSameUtf8AsAPageOfResponses_whateverTheCharacters() {
        FakeLibrary library = new FakeLibrary();
        library.add("/music/a.mp3", "Café \"Ñandú\" \\ 東京 🎵", "Björk", "Homogénic");
        library.add("/music/b.mp3", "B", "Band", "Album");
        var page = library.getAllTracks(io.tonearm.domain.PageRequest.first(10));
        tracks.of(page.items().get(0)); // kept before, as on a cached read

        byte[] kept = json.bytes(PageResponse.of(page, tracks::of));
        byte[] written = json.bytes(PageResponse.of(page, TrackResponse::of));

        // the same JSON (Jackson escapes a character outside the BMP when it writes bytes itself; both are valid)
        assertThat(tree(kept)).isEqualTo(tree(written));
        assertThat(new String(kept, StandardCharsets.UTF_8)).contains("Café \\\"Ñandú\\\" \\\\ 東京 🎵");
    }

    private static JsonNode tree(byte[] json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
