package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.TrackPlays;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MyBatisPlayHistoryTest extends DatabaseTest {
    private static final Instant T = Instant.parse("2025-06-01T12:00:00Z");

    private void play(Track track, Instant at, int times) {
        for (int i = 0; i < times; i++) {
            plays.record(new PlayEvent(track.id(), at));
        }
    }

    @Test
    void aPlay_isKept_countsOne_andMovesLastPlayedForwardOnly() {
        Track track = tracks.add(aTrack().build());

        Track once = plays.record(new PlayEvent(track.id(), T)).orElseThrow();
        Track twice = plays.record(new PlayEvent(track.id(), T.minusSeconds(3600))).orElseThrow();
        Track thrice = plays.record(new PlayEvent(track.id(), T.plusNanos(1_500))).orElseThrow();

        assertThat(once.playCount()).isOne();
        assertThat(once.lastPlayedAt()).isEqualTo(T);
        assertThat(twice.playCount()).isEqualTo(2);
        assertThat(twice.lastPlayedAt()).as("an older event does not move it back").isEqualTo(T);
        assertThat(thrice.lastPlayedAt()).as("stored to the microsecond").isEqualTo(T.plusNanos(1_000));
        assertThat(queryLong("SELECT COUNT(*) FROM plays WHERE track_id = " + track.id())).isEqualTo(3);
        assertThat(tracks.findById(track.id())).contains(thrice);
        assertCountersMatchRows();
    }

    @Test
    void aPlayOfAnUnknownTrack_isEmpty_andWritesNothing() {
        assertThat(plays.record(new PlayEvent(TrackId.of(123_456), T))).isEmpty();
        assertThat(queryLong("SELECT COUNT(*) FROM plays")).isZero();
    }

    @Test
    void aPlayTooFarInThePast_isRejectedByName() {
        Track track = tracks.add(aTrack().build());

        assertThatThrownBy(() -> plays.record(new PlayEvent(track.id(), Instant.parse("0001-01-01T00:00:00Z"))))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("playedAt");
    }

    @Test
    void aChart_countsOnlyPlaysSinceItsStart_mostPlayedFirst() {
        Track a = tracks.add(aTrack().build());
        Track b = tracks.add(aTrack().build());
        Track c = tracks.add(aTrack().build());
        Track old = tracks.add(aTrack().build());
        play(a, T.minusSeconds(10), 5);          // before the window
        play(a, T, 1);                           // exactly at the start: counts
        play(b, T.plusSeconds(60), 3);
        play(c, T.plusSeconds(120), 3);
        play(old, T.minusSeconds(86_400), 9);

        Page<TrackPlays> chart = plays.chart(T, PageRequest.first(10));

        assertThat(chart.items()).containsExactly(new TrackPlays(b.id(), 3), new TrackPlays(c.id(), 3),
                new TrackPlays(a.id(), 1));
        assertThat(chart.total()).isEqualTo(3);
        assertThat(plays.chart(T, PageRequest.of(1, 1)).items()).containsExactly(new TrackPlays(c.id(), 3));
        assertThat(plays.chart(T.minusSeconds(100_000), PageRequest.first(1)).items())
                .containsExactly(new TrackPlays(old.id(), 9));
        assertThat(plays.chart(T.plusSeconds(1_000), PageRequest.first(10)).total()).isZero();
        assertThat(chart.nextCursor()).as("an aggregate has no keyset to seek").isNull();
        assertThatThrownBy(() -> plays.chart(T, new PageRequest(1, 1, "abc")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("after");
    }

    @Test
    void deletingATrack_takesItOutOfCharts() {
        Track a = tracks.add(aTrack().build());
        Track b = tracks.add(aTrack().build());
        play(a, T, 2);
        play(b, T, 1);

        tracks.delete(a.id());

        assertThat(plays.chart(T, PageRequest.first(10)).items()).containsExactly(new TrackPlays(b.id(), 1));
        assertCountersMatchRows();
    }
}
