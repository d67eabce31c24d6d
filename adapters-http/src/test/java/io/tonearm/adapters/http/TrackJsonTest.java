package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.Track;
import org.junit.jupiter.api.Test;

/** A track's JSON is written once per instance, and is exactly what Jackson writes for it. */
class TrackJsonTest {
    private final ApiJson json = new ApiJson(RunningApi.SETTINGS);
    private final TrackJson tracks = new TrackJson(json);

    @Test
    void aTrack_isWrittenAsItsResponse_andTheSameInstance_getsTheKeptText() {
        FakeLibrary library = new FakeLibrary();
        Track track = library.add("/music/a.mp3", "A \"quoted\" title", "Band", "Album");

        assertThat(tracks.of(track).rawValue()).isEqualTo(json.text(TrackResponse.of(track)));
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
}
