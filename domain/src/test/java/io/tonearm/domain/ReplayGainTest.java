package io.tonearm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file's ReplayGain: the ranges it takes, and that tracks and commands carry it through their changes. */
class ReplayGainTest {
    private static final Instant T = Instant.parse("2026-12-07T02:00:00Z");
    private static final ReplayGain GAIN = new ReplayGain(-6.54, 0.988547, -7.1, 1.0);

    @Test
    void none_knowsNoValue_andAnyKnownValueMakesItSomething() {
        assertThat(ReplayGain.NONE.isNone()).isTrue();
        assertThat(new ReplayGain(-1.0, null, null, null).isNone()).isFalse();
        assertThat(new ReplayGain(null, 0.5, null, null).isNone()).isFalse();
        assertThat(new ReplayGain(null, null, 2.0, null).isNone()).isFalse();
        assertThat(new ReplayGain(null, null, null, 0.5).isNone()).isFalse();
    }

    @Test
    void gainsUpTo64dBEitherWay_andPeaksFrom0To16_areTaken() {
        ReplayGain edges = new ReplayGain(-64.0, 0.0, 64.0, 16.0);

        assertThat(edges.trackGain()).isEqualTo(-64.0);
        assertThat(edges.trackPeak()).isEqualTo(0.0);
        assertThat(edges.albumGain()).isEqualTo(64.0);
        assertThat(edges.albumPeak()).isEqualTo(16.0);
    }

    @Test
    void aValueOutOfRange_isRefusedNamingEveryBadField() {
        assertThatThrownBy(() -> new ReplayGain(-64.01, -0.01, 64.01, 16.01))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).violations())
                        .extracting(InvalidValueException.Violation::field)
                        .containsExactly("replayGain.trackGain", "replayGain.trackPeak", "replayGain.albumGain",
                                "replayGain.albumPeak"));
        assertThatThrownBy(() -> new ReplayGain(Double.NaN, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("replayGain.trackGain");
        assertThatThrownBy(() -> new ReplayGain(null, Double.POSITIVE_INFINITY, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("replayGain.trackPeak");
    }

    @Test
    void aTrack_keepsItsReplayGainWhenSeenByAUserOrStarred_andTheOldConstructorsGiveNone() {
        Track track = new Track(TrackId.of(1), "/m/a.flac", "A", List.of("X"), null, null, "X", null, null, null,
                null, Duration.ofSeconds(1), null, null, "FLAC", 1, T, null, false, 0, null, T, T, true, GAIN);

        assertThat(track.withAnnotation(new TrackAnnotation(true, T, 2, T)).replayGain()).isEqualTo(GAIN);
        assertThat(track.withFavorite(true).replayGain()).isEqualTo(GAIN);
        assertThat(new Track(TrackId.of(1), "/m/a.flac", "A", List.of("X"), null, null, "X", null, null, null,
                null, Duration.ofSeconds(1), null, null, "FLAC", 1, T, null, false, 0, null, T, T, true, null)
                .replayGain()).isEqualTo(ReplayGain.NONE);
        assertThat(new Track(TrackId.of(1), "/m/a.flac", "A", List.of("X"), null, null, "X", null, null, null,
                null, Duration.ofSeconds(1), null, null, "FLAC", 1, T, null, false, 0, null, T, T, true)
                .replayGain()).isEqualTo(ReplayGain.NONE);
        assertThat(new Track(TrackId.of(1), "/m/a.flac", "A", List.of("X"), null, null, "X", null, null, null,
                null, Duration.ofSeconds(1), null, null, "FLAC", 1, T, null, false, 0, null, T, T)
                .replayGain()).isEqualTo(ReplayGain.NONE);
    }

    @Test
    void aCommand_keepsItsReplayGainThroughItsCoverFacts_andTheOldConstructorsGiveNone() {
        NewTrack plain = new NewTrack("/m/a.flac", "A", List.of("X"), null, null, null, null, null, null,
                Duration.ofSeconds(1), null, null, "FLAC", 1, T, null);
        NewTrack tagged = plain.withReplayGain(GAIN);

        assertThat(plain.replayGain()).isEqualTo(ReplayGain.NONE);
        assertThat(tagged.replayGain()).isEqualTo(GAIN);
        assertThat(tagged.withEmbeddedPicture(true).withFolderImage(false).replayGain()).isEqualTo(GAIN);
        assertThat(tagged.withReplayGain(null).replayGain()).isEqualTo(ReplayGain.NONE);
        assertThat(new NewTrack("/m/a.flac", "A", List.of("X"), null, null, null, null, null, null,
                Duration.ofSeconds(1), null, null, "FLAC", 1, T, null, true, false).replayGain())
                .isEqualTo(ReplayGain.NONE);
    }
}
