package io.tonearm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrackChangesTest {

    @Test
    void noFields_isEmpty_andTouchesNoAlbum() {
        TrackChanges none = new TrackChanges(null, null, null, null, null, null, null, null);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.touchesAlbumOrArtists()).isFalse();
    }

    @Test
    void artistChange_touchesAlbumOrArtists() {
        TrackChanges change = new TrackChanges(null, List.of("X"), null, null, null, null, null, null);
        assertThat(change.isEmpty()).isFalse();
        assertThat(change.touchesAlbumOrArtists()).isTrue();
    }

    @Test
    void blankTitle_isRejected_nullTitleMeansUnchanged() {
        assertThatThrownBy(() -> new TrackChanges(" ", null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThat(new TrackChanges(null, null, null, null, null, null, 1999, null).title()).isNull();
    }
}
