package io.tonearm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One user's annotation of a track, and a track as that user sees it. */
class TrackAnnotationTest {
    private static final Instant T = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void none_isNeitherStarredNorPlayed() {
        assertThat(TrackAnnotation.NONE).isEqualTo(new TrackAnnotation(false, null, 0, null));
        assertThat(TrackAnnotation.NONE.isNone()).isTrue();
        assertThat(new TrackAnnotation(true, T, 0, null).isNone()).isFalse();
        assertThat(new TrackAnnotation(false, null, 1, T).isNone()).isFalse();
    }

    @Test
    void aStarTime_isGivenExactlyForAFavorite() {
        assertThatThrownBy(() -> new TrackAnnotation(true, null, 0, null)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("starredAt");
        assertThatThrownBy(() -> new TrackAnnotation(false, T, 0, null)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("starredAt");
        assertThat(new TrackAnnotation(true, T, 0, null).starredAt()).isEqualTo(T);
    }

    @Test
    void aLastPlayedTime_isGivenExactlyForAPlayedTrack_andCountsAreNotNegative() {
        assertThatThrownBy(() -> new TrackAnnotation(false, null, 1, null)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("lastPlayedAt");
        assertThatThrownBy(() -> new TrackAnnotation(false, null, 0, T)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("lastPlayedAt");
        assertThatThrownBy(() -> new TrackAnnotation(false, null, -1, null)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("playCount");
        TrackAnnotation played = new TrackAnnotation(false, null, 7, T);
        assertThat(played.playCount()).isEqualTo(7);
        assertThat(played.lastPlayedAt()).isEqualTo(T);
    }

    @Test
    void aTrack_withAnnotation_showsTheUsersFlagAndPlays_andKeepsEverythingElse() {
        Track shared = new Track(TrackId.of(1), "/a", "T", List.of("A"), AlbumId.of(2), "Al", "A", 1, 1, 2020, "G",
                Duration.ofSeconds(3), 320, 44_100, "MP3", 1, Instant.EPOCH, null, false, 0, null, Instant.EPOCH,
                Instant.EPOCH.plusSeconds(1));

        Track seen = shared.withAnnotation(new TrackAnnotation(true, T, 4, T.plusSeconds(5)));

        assertThat(seen.favorite()).isTrue();
        assertThat(seen.playCount()).isEqualTo(4);
        assertThat(seen.lastPlayedAt()).isEqualTo(T.plusSeconds(5));
        assertThat(seen.withAnnotation(TrackAnnotation.NONE)).isEqualTo(shared);
        assertThat(shared.withAnnotation(TrackAnnotation.NONE)).as("already showing it: the same track").isSameAs(shared);
        assertThat(seen.withAnnotation(new TrackAnnotation(true, T, 4, T.plusSeconds(5)))).isSameAs(seen);
        assertThat(seen.withAnnotation(new TrackAnnotation(true, T, 4, T))).isNotSameAs(seen);
        assertThat(seen.withAnnotation(new TrackAnnotation(true, T, 5, T.plusSeconds(5))).playCount()).isEqualTo(5);
        assertThat(seen.withAnnotation(new TrackAnnotation(false, null, 4, T.plusSeconds(5))).favorite()).isFalse();
        assertThatThrownBy(() -> shared.withAnnotation(null)).isInstanceOf(NullPointerException.class);
    }
}
