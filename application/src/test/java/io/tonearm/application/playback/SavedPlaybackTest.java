package io.tonearm.application.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;

import io.tonearm.application.Library;
import io.tonearm.application.fakes.InMemoryCatalog;
import io.tonearm.application.fakes.InMemoryPlayback;
import io.tonearm.application.fakes.InMemoryQueryCache;
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

    private final TestClock clock = new TestClock(T);
    private final InMemoryCatalog catalog = new InMemoryCatalog(clock);
    private final Library library = Library.create(catalog, catalog.albums(), catalog.artists(), catalog,
            new InMemoryQueryCache(), clock);
    private final TrackId one = catalog.add(aTrack().path("/m/1.mp3").duration(Duration.ofMinutes(3)).build()).id();
    private final TrackId two = catalog.add(aTrack().path("/m/2.mp3").duration(Duration.ofMinutes(10)).build()).id();
    private final TrackId three = catalog.add(aTrack().path("/m/3.mp3").build()).id();
    private final InMemoryPlayback store = new InMemoryPlayback(Set.of(ANN, BOB), Set.of(one, two, three));
    private final SavedPlayback playback = SavedPlayback.create(store, store, store, clock);

    @Test
    void aSavedQueue_isTheCallersOwn_withTheCurrentTrackAtItsFirstPlace_stampedNow() {
        Optional<PlayQueue> saved = playback.savePlayQueue(ANN, List.of(one, two, one), two, 1_500, "  DSub ");

        PlayQueue expected = new PlayQueue(List.of(one, two, one), 1, 1_500, T, "DSub");
        assertThat(saved).contains(expected);
        assertThat(playback.getPlayQueue(ANN)).contains(expected);
        assertThat(playback.getPlayQueue(BOB)).isEmpty();
    }

    @Test
    void aRepeatedCurrentTrack_isItsFirstPlace() {
        assertThat(playback.savePlayQueue(ANN, List.of(three, one, three), three, 0, null).orElseThrow()
                .currentIndex()).isZero();
    }

    @Test
    void withoutACurrentTrack_thePositionIsZero_andAnUnnamedClientIsEmpty() {
        assertThat(playback.savePlayQueue(ANN, List.of(one), null, 9_000, null))
                .contains(new PlayQueue(List.of(one), PlayQueue.NONE, 0, T, ""));
    }

    @Test
    void anEmptyQueue_clearsTheSavedOne() {
        playback.savePlayQueue(ANN, List.of(one), one, 0, "a");
        clock.advance(Duration.ofSeconds(5));

        assertThat(playback.savePlayQueue(ANN, List.of(), null, 0, "b"))
                .contains(new PlayQueue(List.of(), PlayQueue.NONE, 0, T.plusSeconds(5), "b"));
        assertThat(playback.getPlayQueue(ANN)).isEmpty();
    }

    @Test
    void aCurrentTrackOutsideTheQueue_isRefusedNamingCurrent_andNothingIsSaved() {
        assertThatThrownBy(() -> playback.savePlayQueue(ANN, List.of(one), three, 0, "a"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(String.valueOf(three.value()))
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("current"));
        assertThat(playback.getPlayQueue(ANN)).isEmpty();
    }

    @Test
    void aNegativePosition_isRefusedNamingPosition() {
        assertThatThrownBy(() -> playback.savePlayQueue(ANN, List.of(one), one, -1, "a"))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("position"));
    }

    @Test
    void aUserWhoIsGone_savesNothing() {
        assertThat(playback.savePlayQueue(GONE, List.of(one), one, 0, "a")).isEmpty();
    }

    @Test
    void aBookmark_isSetNow_movedBySettingItAgain_andDeleted() {
        assertThat(playback.setBookmark(ANN, one, 1_000, null)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(playback.setBookmark(ANN, one, 2_000, "later")).isTrue();

        assertThat(playback.getBookmarks(ANN, PageRequest.first(10)).items())
                .containsExactly(new Bookmark(one, 2_000, "later", T, T.plusSeconds(60)));
        assertThat(playback.getBookmarks(BOB, PageRequest.first(10)).items()).isEmpty();
        assertThat(playback.deleteBookmark(ANN, one)).isTrue();
        assertThat(playback.deleteBookmark(ANN, one)).isFalse();
    }

    @Test
    void aBookmarkInAnUnknownTrack_isNotSet() {
        assertThat(playback.setBookmark(ANN, new TrackId(99), 0, "")).isFalse();
    }

    @Test
    void aTooLongComment_isRefusedNamingComment() {
        assertThatThrownBy(() -> playback.setBookmark(ANN, one, 0, "x".repeat(Bookmark.MAX_COMMENT_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("comment"));
    }

    @Test
    void nowPlaying_listsEachPlayersLastTrack_whileItCanStillBePlaying_theLatestFirst() {
        assertThat(playback.setNowPlaying(ANN, one, " phone ")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(playback.setNowPlaying(BOB, two, null)).isTrue();

        assertThat(playback.getNowPlaying(library)).extracting(playing -> playing.entry().track(),
                playing -> playing.entry().player())
                .containsExactly(tuple(two, ""), tuple(one, "phone"));

        clock.advance(Duration.ofMinutes(2)); // one (3 min) started 4 min ago: within its minute of grace
        assertThat(playback.getNowPlaying(library)).extracting(playing -> playing.track().id())
                .containsExactly(two, one);
        clock.advance(Duration.ofSeconds(1)); // past it
        assertThat(playback.getNowPlaying(library)).extracting(playing -> playing.entry().track())
                .containsExactly(two);
    }

    @Test
    void nowPlaying_ofAnUnknownTrack_isNotSet() {
        assertThat(playback.setNowPlaying(ANN, new TrackId(99_999), "phone")).isFalse();
        assertThat(playback.getNowPlaying(library)).isEmpty();
    }
}
