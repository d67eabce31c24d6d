package io.tonearm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewTrackTest {

    static NewTrack track(String path, String title, List<String> artists, String albumArtist) {
        return new NewTrack(path, title, artists, "Album", albumArtist, 1, 1, 2001, "Rock",
                Duration.ofSeconds(180), 320, 44_100, "MP3", 1234, Instant.parse("2024-01-01T00:00:00Z"), null);
    }

    @Test
    void albumArtistFallsBackToTheFirstTrackArtist() {
        assertThat(track("/a.mp3", "T", List.of("A", "B"), null).effectiveAlbumArtist()).isEqualTo("A");
        assertThat(track("/a.mp3", "T", List.of("A", "B"), "Various Artists").effectiveAlbumArtist())
                .isEqualTo("Various Artists");
    }

    @Test
    void artistsAreStrippedAndDeduplicatedInOrder() {
        assertThat(track("/a.mp3", "T", List.of(" B ", "A", "B"), null).artists()).containsExactly("B", "A");
    }

    @Test
    void blankTitle_isRejectedNamingTitle() {
        assertThatThrownBy(() -> track("/a.mp3", "  ", List.of("A"), null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void noArtist_isRejectedNamingArtists() {
        assertThatThrownBy(() -> track("/a.mp3", "T", List.of(), null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("artists"));
        assertThatThrownBy(() -> track("/a.mp3", "T", List.of("A", " "), null))
                .hasMessageContaining("artists[1]");
    }

    @Test
    void outOfRangeNumbers_areRejectedWithTheValue() {
        assertThatThrownBy(() -> new NewTrack("/a", "T", List.of("A"), null, null, 0, null, null, null,
                Duration.ZERO, null, null, "MP3", 0, Instant.EPOCH, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("trackNumber"))
                .hasMessageContaining("but was 0");
        assertThatThrownBy(() -> new NewTrack("/a", "T", List.of("A"), null, null, null, null, null, null,
                Duration.ofSeconds(-1), null, null, "MP3", 0, Instant.EPOCH, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("duration"));
    }

    @Test
    void tooLongPath_isRejected() {
        String path = "/" + "x".repeat(NewTrack.MAX_PATH_LENGTH);
        assertThatThrownBy(() -> track(path, "T", List.of("A"), null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("path"));
    }

    @Test
    void blankOptionalTextBecomesNull() {
        NewTrack track = new NewTrack("/a", "T", List.of("A"), "  ", "", null, null, null, " ",
                Duration.ZERO, null, null, "MP3", 0, Instant.EPOCH, new MusicBrainzIds(" ", null, null));
        assertThat(track.album()).isNull();
        assertThat(track.albumArtist()).isNull();
        assertThat(track.genre()).isNull();
        assertThat(track.musicBrainz()).isEqualTo(MusicBrainzIds.NONE);
    }
}
