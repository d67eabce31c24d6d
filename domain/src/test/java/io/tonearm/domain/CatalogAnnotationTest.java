package io.tonearm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One user's annotation of an album or an artist, and the ratings every annotation carries. */
class CatalogAnnotationTest {
    private static final Instant T = Instant.parse("2026-12-07T11:00:00Z");

    @Test
    void none_isNeitherStarredNorRated() {
        assertThat(CatalogAnnotation.NONE).isEqualTo(new CatalogAnnotation(null, 0));
        assertThat(CatalogAnnotation.NONE.isNone()).isTrue();
        assertThat(CatalogAnnotation.NONE.starred()).isFalse();
        assertThat(new CatalogAnnotation(T, 0).isNone()).isFalse();
        assertThat(new CatalogAnnotation(T, 0).starred()).isTrue();
        assertThat(new CatalogAnnotation(null, 1).isNone()).isFalse();
        assertThat(new CatalogAnnotation(null, 1).starred()).isFalse();
    }

    @Test
    void aRating_isOneToFive_orNone() {
        assertThat(Rating.check(0)).isZero();
        assertThat(Rating.check(1)).isEqualTo(1);
        assertThat(Rating.check(5)).isEqualTo(5);
        assertThat(new CatalogAnnotation(null, 5).rating()).isEqualTo(5);
        for (int bad : new int[] {-1, 6}) {
            assertThatThrownBy(() -> Rating.check(bad)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("but was " + bad)
                    .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("rating");
            assertThatThrownBy(() -> new CatalogAnnotation(T, bad)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new TrackAnnotation(false, null, 0, null, bad))
                    .isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void aTrackRating_makesTheAnnotationSomething() {
        TrackAnnotation rated = new TrackAnnotation(false, null, 0, null, 3);
        assertThat(rated.rating()).isEqualTo(3);
        assertThat(rated.isNone()).isFalse();
        assertThat(new TrackAnnotation(false, null, 0, null).rating()).isZero();
        assertThat(new TrackAnnotation(false, null, 0, null, 0).isNone()).isTrue();
    }
}
