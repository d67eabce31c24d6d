package io.tonearm.domain.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.TrackId;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaybackValuesTest {
    private static final Instant T = Instant.parse("2026-12-07T09:00:00Z");
    private static final TrackId ONE = new TrackId(1);

    @Test
    void aQueue_atItsLimits_isAccepted() {
        List<TrackId> most = Collections.nCopies(PlayQueue.MAX_TRACKS, ONE);
        PlayQueue queue = new PlayQueue(most, PlayQueue.MAX_TRACKS - 1, 0, T, "c".repeat(PlayQueue.MAX_CLIENT_LENGTH));

        assertThat(queue.tracks()).hasSize(PlayQueue.MAX_TRACKS);
        assertThat(new PlayQueue(List.of(), PlayQueue.NONE, 0, T, "").currentIndex()).isEqualTo(PlayQueue.NONE);
    }

    @Test
    void aQueuePastItsLimits_isRefusedNamingTheField() {
        assertField(() -> new PlayQueue(Collections.nCopies(PlayQueue.MAX_TRACKS + 1, ONE), 0, 0, T, ""), "id");
        assertField(() -> new PlayQueue(List.of(ONE), 1, 0, T, ""), "current");
        assertField(() -> new PlayQueue(List.of(ONE), -2, 0, T, ""), "current");
        assertField(() -> new PlayQueue(List.of(), 0, 0, T, ""), "current");
        assertField(() -> new PlayQueue(List.of(ONE), 0, -1, T, ""), "position");
        assertField(() -> new PlayQueue(List.of(ONE), 0, 0, T, "c".repeat(PlayQueue.MAX_CLIENT_LENGTH + 1)), "c");
    }

    @Test
    void aQueue_keepsACopyOfItsTracks() {
        List<TrackId> tracks = new java.util.ArrayList<>(List.of(ONE));
        PlayQueue queue = new PlayQueue(tracks, 0, 0, T, "");
        tracks.add(new TrackId(2));

        assertThat(queue.tracks()).containsExactly(ONE);
    }

    @Test
    void aBookmark_atItsLimits_isAccepted_andPastThemRefused() {
        assertThat(new Bookmark(ONE, 0, "n".repeat(Bookmark.MAX_COMMENT_LENGTH), T, T).positionMs()).isZero();
        assertField(() -> new Bookmark(ONE, -1, "", T, T), "position");
        assertField(() -> new Bookmark(ONE, 0, "n".repeat(Bookmark.MAX_COMMENT_LENGTH + 1), T, T), "comment");
    }

    private static void assertField(Runnable make, String field) {
        assertThatThrownBy(make::run).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field));
    }
}
