package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page of tracks is written once per set of track instances, and is exactly the page's JSON. */
class TrackPagesTest {
    private final ApiJson json = new ApiJson(RunningApi.SETTINGS);
    private final TrackJson tracks = new TrackJson(json);
    private final TrackPages pages = new TrackPages(json, tracks);
    private final FakeLibrary library = new FakeLibrary();

    @Test
    void aPage_isAnsweredAsItsResponse_taggedByItsBytes() throws IOException {
        library.add("/music/a.mp3", "A \"quoted\" title", "Band", "Album");
        library.add("/music/b.mp3", "Café 東京", "Björk", "Homogénic");
        Page<Track> page = library.getAllTracks(PageRequest.first(10));

        JsonBody answer = pages.answer(page);

        assertThat(tree(answer.bytes())).isEqualTo(tree(json.bytes(PageResponse.of(page, TrackResponse::of))));
        assertThat(answer.etag()).isEqualTo(JsonETags.weak(answer.bytes()));
    }

    @Test
    void theSameTracks_inANewPageObject_getTheKeptAnswer() {
        library.add("/music/a.mp3", "A", "Band", "Album");
        library.add("/music/b.mp3", "B", "Band", "Album");
        Page<Track> page = library.getAllTracks(PageRequest.first(10));
        Page<Track> again = page.withItems(new ArrayList<>(page.items()));

        assertThat(pages.answer(again)).isSameAs(pages.answer(page));
    }

    @Test
    void aChangedTrackInstance_orOtherNumbers_areAnotherAnswer() {
        library.add("/music/a.mp3", "A", "Band", "Album");
        library.add("/music/b.mp3", "B", "Band", "Album");
        Page<Track> page = library.getAllTracks(PageRequest.first(10));
        JsonBody first = pages.answer(page);
        List<Track> changed = new ArrayList<>(page.items());
        changed.set(1, changed.get(1).withFavorite(true));

        JsonBody favorite = pages.answer(page.withItems(changed));
        JsonBody moreInTotal = pages.answer(new Page<>(page.items(), page.total() + 1, page.request(), null));
        JsonBody reordered = pages.answer(page.withItems(List.of(page.items().get(1), page.items().get(0))));

        assertThat(new String(favorite.bytes())).contains("\"favorite\":true");
        assertThat(List.of(favorite.etag(), moreInTotal.etag(), reordered.etag())).doesNotContain(first.etag())
                .doesNotHaveDuplicates();
        assertThat(pages.answer(page)).isSameAs(first);
    }

    @Test
    void oneTrack_isAnsweredAsItsResponse_andItsKeptAnswerIsReused() {
        Track track = library.add("/music/a.mp3", "A", "Band", "Album");

        JsonBody answer = tracks.answer(track);

        assertThat(answer.bytes()).isEqualTo(json.bytes(TrackResponse.of(track)));
        assertThat(answer.etag()).isEqualTo(JsonETags.weak(answer.bytes()));
        assertThat(tracks.answer(track)).isSameAs(answer);
    }

    private static JsonNode tree(byte[] bytes) throws IOException {
        return new ObjectMapper().readTree(bytes);
    }
}
