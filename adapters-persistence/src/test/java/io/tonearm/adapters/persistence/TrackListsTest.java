package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.AlbumId;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrackListsTest extends DatabaseTest {

    private List<TrackId> addTracks(int count) {
        List<NewTrack> commands = IntStream.range(0, count).mapToObj(i -> aTrack().title("Track " + i).build()).toList();
        tracks.addAll(commands);
        return tracks.findAll(PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    /** @return the ids of {@code count} new tracks, added in bulk batches, in id order */
    private List<TrackId> addManyTracks(int count) {
        tracks.addAll(IntStream.range(0, count).mapToObj(i -> aTrack().title("Track " + i).build()).toList());
        List<TrackId> ids = new ArrayList<>();
        for (Page<TrackId> page = tracks.findAll(PageRequest.first(PageRequest.MAX_LIMIT)); ;
             page = tracks.findAll(page.nextPage().orElseThrow())) {
            ids.addAll(page.items());
            if (page.nextPage().isEmpty()) {
                return ids;
            }
        }
    }

    /** Walks a list page by page following the cursors, checking each page against the offset form. */
    private static List<TrackId> walkWithCursors(Function<PageRequest, Page<TrackId>> list, int limit) {
        List<TrackId> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        while (true) {
            Page<TrackId> page = list.apply(request);
            assertThat(page.items()).as("seek page at %d equals offset page", request.offset())
                    .isEqualTo(list.apply(PageRequest.of(request.offset(), limit)).items());
            seen.addAll(page.items());
            if (page.nextPage().isEmpty()) {
                assertThat(page.nextCursor()).isNull();
                return seen;
            }
            assertThat(page.nextCursor()).isNotNull();
            request = page.nextPage().orElseThrow();
        }
    }

    @Test
    void allTracks_areInTheOrderAdded_withAnExactTotal() {
        List<TrackId> ids = addTracks(7);

        Page<TrackId> page = tracks.findAll(PageRequest.of(2, 3));

        assertThat(ids).hasSize(7).isSortedAccordingTo(Comparator.comparingLong(TrackId::value));
        assertThat(page.items()).containsExactly(ids.get(2), ids.get(3), ids.get(4));
        assertThat(page.total()).isEqualTo(7);
        assertThat(tracks.findAll(PageRequest.of(6, 3)).items()).containsExactly(ids.get(6));
        assertThat(tracks.findAll(PageRequest.of(7, 3)).items()).isEmpty();
        assertThat(tracks.findAll(PageRequest.of(6, 3)).nextCursor()).isNull();
    }

    @Test
    void deepPagesWithoutACursor_areTheRightSlice_beforeAtAndAfterEveryAnchor() {
        List<TrackId> ids = addManyTracks(2 * TrackIdAnchors.STRIDE + 37);

        for (int offset : new int[] {0, 999, 1_000, 1_001, 1_990, 2_000, 2_020, 2_030, 2_036, 2_037}) {
            assertThat(tracks.findAll(PageRequest.of(offset, 10)).items()).as("offset %d", offset)
                    .isEqualTo(ids.subList(Math.min(offset, ids.size()), Math.min(offset + 10, ids.size())));
        }
    }

    @Test
    void deepPagesWithoutACursor_followInsertsAndDeletes_madeHereOrByAnotherNode() {
        List<TrackId> ids = new ArrayList<>(addManyTracks(2 * TrackIdAnchors.STRIDE + 5));
        assertThat(tracks.findAll(PageRequest.of(2_000, 5)).items()).isEqualTo(ids.subList(2_000, 2_005));
        MyBatisTracks otherNode = new MyBatisTracks(Database.sessionFactory(pool), clock);

        otherNode.delete(ids.remove(10));
        otherNode.delete(ids.remove(1_500));

        assertThat(tracks.findAll(PageRequest.of(1_000, 3)).items()).isEqualTo(ids.subList(1_000, 1_003));
        assertThat(tracks.findAll(PageRequest.of(2_000, 5)).items()).isEqualTo(ids.subList(2_000, 2_003));

        tracks.add(aTrack().title("Late").build());
        List<TrackId> now = otherNode.findAll(PageRequest.of(1_998, 10)).items();
        assertThat(now).hasSize(6).startsWith(ids.get(1_998)).last().isNotIn(ids);
    }

    @Test
    void followingCursors_visitsEveryTrackOnce_likeOffsets() {
        List<TrackId> ids = addTracks(11);

        assertThat(walkWithCursors(tracks::findAll, 3)).isEqualTo(ids);
    }

    @Test
    void aCursor_keepsItsPlace_whenEarlierTracksAreDeleted() {
        List<TrackId> ids = addTracks(6);
        Page<TrackId> first = tracks.findAll(PageRequest.first(3));

        tracks.delete(ids.get(0));
        Page<TrackId> second = tracks.findAll(first.nextPage().orElseThrow());

        assertThat(second.items()).containsExactly(ids.get(3), ids.get(4), ids.get(5));
        assertThat(second.total()).isEqualTo(5);
    }

    @Test
    void aMalformedCursor_orOneOfAnotherList_isRejectedNamingAfter() {
        addTracks(4);
        String trackCursor = tracks.findAll(PageRequest.first(2)).nextCursor();

        assertThatThrownBy(() -> tracks.findAll(new PageRequest(2, 2, "not a cursor!")))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("after");
        assertThatThrownBy(() -> tracks.findMostPlayed(new PageRequest(2, 2, trackCursor)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("after");
        assertThatThrownBy(() -> albums.findAll(new PageRequest(2, 2, trackCursor)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void favorites_areTheMarkedTracks_inTheOrderAdded() {
        List<TrackId> ids = addTracks(8);
        List.of(6, 1, 4, 3).forEach(i -> tracks.setFavorite(ids.get(i), true));
        tracks.setFavorite(ids.get(3), false);

        Page<TrackId> page = tracks.findFavorites(PageRequest.first(2));

        assertThat(page.items()).containsExactly(ids.get(1), ids.get(4));
        assertThat(page.total()).isEqualTo(3);
        assertThat(walkWithCursors(tracks::findFavorites, 2)).containsExactly(ids.get(1), ids.get(4), ids.get(6));
    }

    @Test
    void recentlyPlayed_isByLastPlayTime_newestFirst_andOnlyPlayedTracks() {
        List<TrackId> ids = addTracks(5);
        Instant t = Instant.parse("2025-03-01T12:00:00Z");
        plays.record(new PlayEvent(ids.get(0), t.plusSeconds(30)));
        plays.record(new PlayEvent(ids.get(1), t.plusSeconds(10)));
        plays.record(new PlayEvent(ids.get(2), t.plusSeconds(10)));
        plays.record(new PlayEvent(ids.get(3), t.plusSeconds(20)));
        plays.record(new PlayEvent(ids.get(1), t.plusSeconds(5))); // late event: does not move it back

        Page<TrackId> page = tracks.findRecentlyPlayed(PageRequest.first(10));

        assertThat(page.items()).containsExactly(ids.get(0), ids.get(3), ids.get(2), ids.get(1));
        assertThat(page.total()).isEqualTo(4);
        assertThat(walkWithCursors(tracks::findRecentlyPlayed, 1)).isEqualTo(page.items());
    }

    @Test
    void mostPlayed_isByPlayCount_thenNewestFirst() {
        List<TrackId> ids = addTracks(5);
        Instant t = Instant.parse("2025-03-01T12:00:00Z");
        for (int[] playsOf : new int[][] {{0, 1}, {1, 3}, {2, 3}, {3, 2}}) {
            for (int i = 0; i < playsOf[1]; i++) {
                plays.record(new PlayEvent(ids.get(playsOf[0]), t.plusSeconds(i)));
            }
        }

        Page<TrackId> page = tracks.findMostPlayed(PageRequest.first(10));

        assertThat(page.items()).containsExactly(ids.get(2), ids.get(1), ids.get(3), ids.get(0));
        assertThat(page.total()).isEqualTo(4);
        assertThat(walkWithCursors(tracks::findMostPlayed, 3)).isEqualTo(page.items());
        assertCountersMatchRows();
    }

    @Test
    void anAlbumsTracks_areByDiscThenTrackNumber_unknownNumbersFirst() {
        Track d2t1 = tracks.add(aTrack().album("Box").discNumber(2).trackNumber(1).build());
        Track d1t2 = tracks.add(aTrack().album("Box").discNumber(1).trackNumber(2).build());
        Track d1t1 = tracks.add(aTrack().album("Box").discNumber(1).trackNumber(1).build());
        Track unknown = tracks.add(aTrack().album("Box").discNumber(null).trackNumber(null).build());
        tracks.add(aTrack().album("Other").build());
        AlbumId box = d2t1.albumId();

        Page<TrackId> page = tracks.findByAlbum(box, PageRequest.first(10));

        assertThat(page.items()).containsExactly(unknown.id(), d1t1.id(), d1t2.id(), d2t1.id());
        assertThat(page.total()).isEqualTo(4);
        assertThat(walkWithCursors(p -> tracks.findByAlbum(box, p), 1)).isEqualTo(page.items());
        assertThat(tracks.findByAlbum(AlbumId.of(987_654), PageRequest.first(10)).total()).isZero();
    }
}
