package io.tonearm.application.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.fakes.InMemoryPlayback;
import io.tonearm.application.fakes.TestClock;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playback.Bookmark;
import io.tonearm.domain.playback.PlayQueue;
import io.tonearm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SavedPlaybackTest {
    private static final Instant T = Instant.parse("2026-12-07T09:00:00Z");
    private static final UserId ANN = new UserId(1);
    private static final UserId BOB = new UserId(2);
    private static final UserId GONE = new UserId(3);
    private static final TrackId ONE = new TrackId(11);
    private static final TrackId TWO = new TrackId(12);
    private static final TrackId THREE = new TrackId(13);

    private final TestClock clock = new TestClock(T);
    private final InMemoryPlayback store = new InMemoryPlayback(Set.of(ANN, BOB), Set.of(ONE, TWO, THREE));
    private final SavedPlayback playback = SavedPlayback.create(store, store, clock);

    @Test
    void aSavedQueue_isTheCallersOwn_withTheCurrentTrackAtItsFirstPlace_stampedNow() {
        Optional<PlayQueue> saved = playback.savePlayQueue(ANN, List.of(ONE, TWO, ONE), TWO, 1_500, "  DSub ");

        PlayQueue expected = new PlayQueue(List.of(ONE, TWO, ONE), 1, 1_500, T, "DSub");
        assertThat(saved).contains(expected);
        assertThat(playback.getPlayQueue(ANN)).contains(expected);
        assertThat(playback.getPlayQueue(BOB)).isEmpty();
    }

    @Test
    void aRepeatedCurrentTrack_isItsFirstPlace() {
        assertThat(playback.savePlayQueue(ANN, List.of(THREE, ONE, THREE), THREE, 0, null).orElseThrow()
                .currentIndex()).isZero();
    }

    @Test
    void withoutACurrentTrack_thePositionIsZero_andAnUnnamedClientIsEmpty() {
        assertThat(playback.savePlayQueue(ANN, List.of(ONE), null, 9_000, null))
                .contains(new PlayQueue(List.of(ONE), PlayQueue.NONE, 0, T, ""));
    }

    @Test
    void anEmptyQueue_clearsTheSavedOne() {
        playback.savePlayQueue(ANN, List.of(ONE), ONE, 0, "a");
        clock.advance(Duration.ofSeconds(5));

        assertThat(playback.savePlayQueue(ANN, List.of(), null, 0, "b"))
                .contains(new PlayQueue(List.of(), PlayQueue.NONE, 0, T.plusSeconds(5), "b"));
        assertThat(playback.getPlayQueue(ANN)).isEmpty();
    }

    @Test
    void aCurrentTrackOutsideTheQueue_isRefusedNamingCurrent_andNothingIsSaved() {
        assertThatThrownBy(() -> playback.savePlayQueue(ANN, List.of(ONE), THREE, 0, "a"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("13")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("current"));
        assertThat(playback.getPlayQueue(ANN)).isEmpty();
    }

    @Test
    void aNegativePosition_isRefusedNamingPosition() {
        assertThatThrownBy(() -> playback.savePlayQueue(ANN, List.of(ONE), ONE, -1, "a"))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("position"));
    }

    @Test
    void aUserWhoIsGone_savesNothing() {
        assertThat(playback.savePlayQueue(GONE, List.of(ONE), ONE, 0, "a")).isEmpty();
    }

    @Test
    void aBookmark_isSetNow_movedBySettingItAgain_andDeleted() {
        assertThat(playback.setBookmark(ANN, ONE, 1_000, null)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(playback.setBookmark(ANN, ONE, 2_000, "later")).isTrue();

        assertThat(playback.getBookmarks(ANN, PageRequest.first(10)).items())
                .containsExactly(new Bookmark(ONE, 2_000, "later", T, T.plusSeconds(60)));
        assertThat(playback.getBookmarks(BOB, PageRequest.first(10)).items()).isEmpty();
        assertThat(playback.deleteBookmark(ANN, ONE)).isTrue();
        assertThat(playback.deleteBookmark(ANN, ONE)).isFalse();
    }

    @Test
    void aBookmarkInAnUnknownTrack_isNotSet() {
        assertThat(playback.setBookmark(ANN, new TrackId(99), 0, "")).isFalse();
    }

    @Test
    void aTooLongComment_isRefusedNamingComment() {
        assertThatThrownBy(() -> playback.setBookmark(ANN, ONE, 0, "x".repeat(Bookmark.MAX_COMMENT_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("comment"));
    }
}
