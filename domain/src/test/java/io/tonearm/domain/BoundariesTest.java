package io.tonearm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every limit of the domain's values holds at its edge: the last allowed value passes, the next one fails. */
class BoundariesTest {

    @Test
    void aTextOfExactlyTheMaximumLength_passes_oneMoreFails() {
        assertThat(Check.maxLength("title", "abc", 3)).isEqualTo("abc");
        assertThatThrownBy(() -> Check.maxLength("title", "abcd", 3)).isInstanceOf(InvalidValueException.class)
                .hasMessage("title must be at most 3 characters but was 4");
    }

    @Test
    void aNumberAtEitherEndOfItsRange_passesAndIsReturned() {
        assertThat(Check.range("year", 0, 0, 9999)).isEqualTo(0);
        assertThat(Check.range("year", 9999, 0, 9999)).isEqualTo(9999);
        assertThat(Check.range("year", null, 0, 9999)).isNull();
        assertThatThrownBy(() -> Check.range("year", -1, 0, 9999)).hasMessage("year must be between 0 and 9999 but was -1");
        assertThatThrownBy(() -> Check.range("year", 10000, 0, 9999)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aCountAtItsMinimum_passesAndIsReturned() {
        assertThat(Check.atLeast("size", 7, 0)).isEqualTo(7);
        assertThat(Check.atLeast("size", 0, 0)).isZero();
        assertThatThrownBy(() -> Check.atLeast("size", -1, 0)).hasMessage("size must be >= 0 but was -1");
    }

    @Test
    void aCursorOf200Characters_passes_201Fails() {
        assertThat(new PageRequest(0, 1, "c".repeat(200)).after()).hasSize(200);
        assertThatThrownBy(() -> new PageRequest(0, 1, "c".repeat(201))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aSearchOf200CharactersAndTenWords_passes() {
        assertThat(new SearchQuery("w".repeat(200)).text()).hasSize(200);
        assertThatThrownBy(() -> new SearchQuery("w".repeat(201))).hasMessage("q must be at most 200 characters but was 201");
        assertThat(new SearchQuery("a b c d e f g h i j").terms()).hasSize(10);
    }

    @Test
    void aFailureReasonOfExactlyTheMaximumLength_isKeptWhole() {
        String reason = "r".repeat(FileFailure.MAX_REASON_LENGTH);

        assertThat(new FileFailure("/a", reason).reason()).isEqualTo(reason);
    }

    @Test
    void aSummaryKeepsUpToTheMostFailuresKept() {
        List<FileFailure> most = Collections.nCopies(ScanSummary.MAX_FAILURES_KEPT, new FileFailure("/a", "bad"));

        assertThat(new ScanSummary(counts(0, 0, 0, 0, 0), Duration.ZERO, most, 0).failures()).hasSize(1000);
        List<FileFailure> tooMany = Collections.nCopies(ScanSummary.MAX_FAILURES_KEPT + 1, new FileFailure("/a", "bad"));
        assertThatThrownBy(() -> new ScanSummary(counts(0, 0, 0, 0, 0), Duration.ZERO, tooMany, 0))
                .hasMessage("failures must keep at most 1000 but had 1001");
    }

    @Test
    void filesPerSecond_areTheProcessedFilesOverTheElapsedTime_orZeroWithoutTime() {
        ScanCounts counts = new ScanCounts(10, 2, 3, 1, 1, 0, 1);

        assertThat(new ScanSummary(counts, Duration.ofMillis(2000), List.of(), 0).filesPerSecond()).isEqualTo(4.0);
        assertThat(new ScanSummary(counts, Duration.ofNanos(999_999), List.of(), 0).filesPerSecond()).isZero();
    }

    @Test
    void theCatalogChanged_whenAnyOfAddedUpdatedMovedOrRemovedIsCounted() {
        assertThat(counts(0, 0, 0, 0, 5).changedCatalog()).isFalse();
        assertThat(counts(1, 0, 0, 0, 0).changedCatalog()).isTrue();
        assertThat(counts(0, 1, 0, 0, 0).changedCatalog()).isTrue();
        assertThat(counts(0, 0, 1, 0, 0).changedCatalog()).isTrue();
        assertThat(counts(0, 0, 0, 1, 0).changedCatalog()).isTrue();
        assertThat(counts(1, 1, 0, 0, 0).changedCatalog()).isTrue();
        assertThat(counts(0, 1, 1, 0, 0).changedCatalog()).isTrue();
        assertThat(counts(0, 0, 1, 1, 0).changedCatalog()).isTrue();
    }

    @Test
    void anArtistTagStartingWithASeparator_losesTheEmptyNameBeforeIt() {
        assertThat(ArtistSeparators.DEFAULT.split(List.of("; Queen"))).containsExactly("Queen");
    }

    @Test
    void aNewTrack_keepsItsMusicBrainzIds_orHasNoneWhenNotGiven() {
        MusicBrainzIds ids = new MusicBrainzIds("rec", "rel", "art");

        assertThat(newTrack(ids).musicBrainz()).isEqualTo(ids);
        assertThat(newTrack(null).musicBrainz()).isEqualTo(MusicBrainzIds.NONE);
    }

    private static NewTrack newTrack(MusicBrainzIds ids) {
        return new NewTrack("/a.flac", "T", List.of("A"), null, null, null, null, null, null, Duration.ZERO, null,
                null, "FLAC", 0, Instant.EPOCH, ids);
    }

    private static ScanCounts counts(long added, long updated, long moved, long removed, long unchanged) {
        return new ScanCounts(added + updated + moved + unchanged, unchanged, added, updated, moved, removed, 0);
    }
}
