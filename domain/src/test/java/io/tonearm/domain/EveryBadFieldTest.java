package io.tonearm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.InvalidValueException.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Commands with several bad fields name every one of them, in the order of the fields. */
class EveryBadFieldTest {

    private static List<String> fields(Throwable e) {
        return ((InvalidValueException) e).violations().stream().map(Violation::field).toList();
    }

    @Test
    void aNewTrackWithManyBadFields_namesEachOfThem() {
        assertThatThrownBy(() -> new NewTrack(" ", null, List.of(), "a".repeat(256), null, 0, 1000, 10_000, null,
                Duration.ofMillis(-1), 0, 0, "", -1, null, null))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("path", "title", "artists", "album",
                        "trackNumber", "discNumber", "year", "duration", "bitrate", "sampleRate", "format", "fileSize",
                        "fileModifiedAt"))
                .hasMessage("path must not be blank (and 12 more problems)");
    }

    @Test
    void aNewTrackWithoutDuration_namesIt() {
        assertThatThrownBy(() -> new NewTrack("/a", "T", List.of("A"), null, null, null, null, null, null, null, null,
                null, "MP3", 0, Instant.EPOCH, null))
                .satisfies(e -> assertThat(fields(e)).containsExactly("duration"))
                .hasMessage("duration is required");
    }

    @Test
    void aValidNewTrack_keepsItsNormalisedValues() {
        NewTrack track = new NewTrack("/a.mp3", " T ", List.of(" A "), " Al ", " AA ", 1, 1, 0, " G ",
                Duration.ZERO, 1, 1, " MP3 ", 0, Instant.EPOCH, null);
        assertThat(track.path()).isEqualTo("/a.mp3");
        assertThat(track.title()).isEqualTo("T");
        assertThat(track.artists()).containsExactly("A");
        assertThat(track.album()).isEqualTo("Al");
        assertThat(track.albumArtist()).isEqualTo("AA");
        assertThat(track.genre()).isEqualTo("G");
        assertThat(track.format()).isEqualTo("MP3");
        assertThat(track.musicBrainz()).isEqualTo(MusicBrainzIds.NONE);
    }

    @Test
    void trackChangesWithManyBadFields_nameEachOfThem() {
        assertThatThrownBy(() -> new TrackChanges(" ", List.of(" "), " ", " ", 0, 0, -1, " "))
                .satisfies(e -> assertThat(fields(e)).containsExactly("title", "artists", "album", "albumArtist",
                        "trackNumber", "discNumber", "year", "genre"));
    }

    @Test
    void validTrackChanges_areStripped() {
        TrackChanges changes = new TrackChanges(" T ", List.of(" A "), " Al ", " AA ", 1, 1, 1, " G ");
        assertThat(changes).isEqualTo(new TrackChanges("T", List.of("A"), "Al", "AA", 1, 1, 1, "G"));
        assertThat(changes.title()).isEqualTo("T");
        assertThat(changes.album()).isEqualTo("Al");
        assertThat(changes.albumArtist()).isEqualTo("AA");
        assertThat(changes.genre()).isEqualTo("G");
        assertThat(changes.artists()).containsExactly("A");
    }

    @Test
    void aLookupWithBothPartsBlank_namesBoth() {
        assertThatThrownBy(() -> new TitleAndArtist(" ", null))
                .satisfies(e -> assertThat(fields(e)).containsExactly("title", "artist"))
                .hasMessage("title must not be blank (and 1 more problem)");
        assertThat(new TitleAndArtist(" T ", " A ")).isEqualTo(new TitleAndArtist("T", "A"));
    }

    @Test
    void musicBrainzIdsTooLong_areEachNamed() {
        String long37 = "x".repeat(37);
        assertThatThrownBy(() -> new MusicBrainzIds(long37, long37, long37))
                .satisfies(e -> assertThat(fields(e)).containsExactly("musicBrainz.recordingId",
                        "musicBrainz.releaseId", "musicBrainz.artistId"));
        assertThat(new MusicBrainzIds(" r ", " ", null)).isEqualTo(new MusicBrainzIds("r", null, null));
    }

    @Test
    void aSingleViolation_isTheFieldAndTheMessage() {
        InvalidValueException e = new InvalidValueException("limit", "limit must be positive");
        assertThat(e.field()).isEqualTo("limit");
        assertThat(e.getMessage()).isEqualTo("limit must be positive");
        assertThat(e.violations()).containsExactly(new Violation("limit", "limit must be positive"));
    }

    @Test
    void anInvalidValueWithoutViolations_cannotBeMade() {
        assertThatThrownBy(() -> new InvalidValueException(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> new Violation(null, "m")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Violation("f", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void violationsHandBackValuesThatPass() {
        Violations check = new Violations();
        assertThat(check.notBlank("f", " v ", 5)).isEqualTo(" v ");
        assertThat(check.notBlankStripped("f", " v ", 5)).isEqualTo("v");
        assertThat(check.blankToNull("f", " ", 5)).isNull();
        assertThat(check.notNull("f", 3)).isEqualTo(3);
        assertThat(check.range("f", 3, 1, 5)).isEqualTo(3);
        assertThat(check.names("f", List.of("a"), 5)).containsExactly("a");
        check.atLeast("f", 1, 1);
        check.throwIfAny();
        check.atLeast("g", 0, 1);
        assertThatThrownBy(check::throwIfAny).satisfies(e -> assertThat(fields(e)).containsExactly("g"));
    }

    @Test
    void aFailedCheck_answersNullAndIsNamed() {
        Violations check = new Violations();
        assertThat(check.notBlank("a", " ", 5)).isNull();
        assertThat(check.notBlankStripped("b", null, 5)).isNull();
        assertThat(check.blankToNull("c", "toolong", 3)).isNull();
        assertThat((Object) check.notNull("d", null)).isNull();
        assertThat(check.range("e", 9, 1, 5)).isNull();
        assertThat(check.names("f", List.of(), 5)).isNull();
        assertThatThrownBy(check::throwIfAny)
                .satisfies(e -> assertThat(fields(e)).containsExactly("a", "b", "c", "d", "e", "f"));
    }
}
