package io.tonearm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanValuesTest {

    @Test
    void anAudioFile_isUnchangedOnlyWithTheSameSizeAndTime() {
        AudioFile file = new AudioFile("/music/a.mp3", 100, Instant.ofEpochMilli(5));

        assertThat(file.sameAs(100, Instant.ofEpochMilli(5))).isTrue();
        assertThat(file.sameAs(101, Instant.ofEpochMilli(5))).isFalse();
        assertThat(file.sameAs(100, Instant.ofEpochMilli(6))).isFalse();
    }

    @Test
    void anAudioFileWithNegativeSize_isRefusedNamingSize() {
        assertThatThrownBy(() -> new AudioFile("/music/a.mp3", -1, Instant.EPOCH))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("size"));
    }

    @Test
    void aFailure_needsAReason_andCutsAVeryLongOne() {
        assertThatThrownBy(() -> new FileFailure("/music/a.mp3", " "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(new FileFailure("/music/a.mp3", "x".repeat(2000)).reason())
                .hasSize(FileFailure.MAX_REASON_LENGTH);
    }

    @Test
    void processedFiles_countEverythingButFoundAndRemoved() {
        ScanCounts counts = new ScanCounts(100, 1, 2, 3, 4, 50, 5);

        assertThat(counts.processed()).isEqualTo(15);
        assertThat(counts.changedCatalog()).isTrue();
        assertThat(new ScanCounts(10, 9, 0, 0, 0, 0, 1).changedCatalog()).isFalse();
    }

    @Test
    void progress_estimatesTheTimeLeftOnlyOnceTheWalkIsDone() {
        ScanCounts half = new ScanCounts(100, 50, 0, 0, 0, 0, 0);

        assertThat(new ScanProgress(half, false, Duration.ofSeconds(5)).remaining()).isEmpty();
        ScanProgress done = new ScanProgress(half, true, Duration.ofSeconds(5));
        assertThat(done.filesPerSecond()).isEqualTo(10.0);
        assertThat(done.remaining()).contains(Duration.ofSeconds(5));
    }

    @Test
    void aSummary_keepsAtMostTheAllowedNumberOfFailures() {
        List<FileFailure> tooMany = Collections.nCopies(ScanSummary.MAX_FAILURES_KEPT + 1,
                new FileFailure("/music/a.mp3", "broken"));

        assertThatThrownBy(() -> new ScanSummary(ScanCounts.ZERO, Duration.ZERO, tooMany, 0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("failures"));
    }

    @Test
    void aScannedTrackAndAFailure_bothSayWhichFileTheyAreAbout() {
        NewTrack track = new NewTrack("/music/a.mp3", "A", List.of("B"), null, null, null, null, null, null,
                Duration.ofSeconds(1), null, null, "MP3", 1, Instant.EPOCH, null);
        TagReading read = new ScannedTrack(track);
        TagReading failed = new FileFailure("/music/b.mp3", "broken");

        assertThat(read.path()).isEqualTo("/music/a.mp3");
        assertThat(failed.path()).isEqualTo("/music/b.mp3");
    }
}
