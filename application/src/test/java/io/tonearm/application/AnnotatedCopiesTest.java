package io.tonearm.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.Track;
import io.tonearm.domain.TrackAnnotation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnnotatedCopiesTest {
    private final AnnotatedCopies copies = new AnnotatedCopies();
    private final LibraryFixture fixture = new LibraryFixture();
    private final TrackAnnotation favorite = new TrackAnnotation(true, Instant.parse("2026-01-01T00:00:00Z"), 3,
            Instant.parse("2026-01-02T00:00:00Z"));

    @Test
    void theSameTrackWithTheSameAnnotation_isTheSameCopy_showingTheAnnotation() {
        Track track = fixture.stored();

        Track first = copies.of(track, favorite);
        Track second = copies.of(track, favorite);

        assertThat(second).isSameAs(first).isNotSameAs(track);
        assertThat(first.favorite()).isTrue();
        assertThat(first.playCount()).isEqualTo(3);
    }

    @Test
    void anotherAnnotationInstance_orAnotherTrackInstance_makesANewCopy_evenWhenEqual() {
        Track track = fixture.stored();
        Track first = copies.of(track, favorite);
        TrackAnnotation equalAnnotation = new TrackAnnotation(true, favorite.starredAt(), 3, favorite.lastPlayedAt());
        Track equalTrack = track.withFavorite(false);

        assertThat(copies.of(track, equalAnnotation)).isNotSameAs(first).isEqualTo(first);
        assertThat(copies.of(equalTrack, favorite)).isNotSameAs(first).isEqualTo(first);
        assertThat(copies.of(track, new TrackAnnotation(false, null, 4, favorite.lastPlayedAt())).playCount())
                .isEqualTo(4);
    }

    @Test
    void aTrackTheAnnotationDoesNotChange_isHandedOutAsItIs_andKeptNowhere() {
        Track track = fixture.stored();

        assertThat(copies.of(track, TrackAnnotation.NONE)).isSameAs(track);
        assertThat(copies.of(track, TrackAnnotation.NONE)).isSameAs(track);
    }

    @Test
    void manyTracks_eachGetTheirOwnCopy_whicheverSlotsTheyShare() {
        for (int i = 0; i < 3 * AnnotatedCopies.SIZE; i++) {
            Track track = fixture.stored();
            Track copy = copies.of(track, favorite);
            assertThat(copy.id()).isEqualTo(track.id());
            assertThat(copy.favorite()).isTrue();
            assertThat(copies.of(track, favorite)).as("kept right after it was made").isSameAs(copy);
        }
    }
}
