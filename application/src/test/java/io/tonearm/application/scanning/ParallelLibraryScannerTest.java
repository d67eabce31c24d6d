package io.tonearm.application.scanning;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.Invalidation;
import io.tonearm.application.Mutation;
import io.tonearm.domain.FileFailure;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.ScanCounts;
import io.tonearm.domain.ScanSummary;
import io.tonearm.domain.Track;
import io.tonearm.domain.media.FolderCovers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A scan on in-memory ports: what it adds, updates, moves, removes, keeps and reports. */
class ParallelLibraryScannerTest {
    private final ScanFixture fixture = new ScanFixture();

    @Test
    void aFirstScan_addsEveryFile_inBatches() {
        fixture.file("a.flac");
        fixture.file("b.flac");
        fixture.file("c.flac");

        ScanSummary summary = fixture.scan();

        assertThat(summary.counts()).isEqualTo(new ScanCounts(3, 0, 3, 0, 0, 0, 0));
        assertThat(fixture.catalog.all()).extracting(Track::title).containsExactlyInAnyOrder("a.flac", "b.flac",
                "c.flac");
        assertThat(summary.failures()).isEmpty();
        assertThat(summary.failuresOmitted()).isZero();
    }

    @Test
    void aRescanOfUnchangedFiles_readsNone_andChangesNothing() {
        fixture.file("a.flac");
        fixture.file("b.flac");
        fixture.scan();
        int reads = fixture.files.reads();
        int drops = fixture.cache.droppedNames().size();

        ScanSummary summary = fixture.scan();

        assertThat(summary.counts()).isEqualTo(new ScanCounts(2, 2, 0, 0, 0, 0, 0));
        assertThat(fixture.files.reads()).isEqualTo(reads);
        assertThat(fixture.cache.droppedNames()).hasSize(drops);
    }

    @Test
    void aScanThatChangesTheCatalog_tellsOfEachBatchsInvalidation() {
        fixture.file("a.flac");

        fixture.scanLookingAtCovers();

        assertThat(fixture.invalidations).isNotEmpty().allSatisfy(told -> assertThat(told).isEqualTo(
                new Invalidation(Mutation.LIBRARY_RESCANNED.name(), Mutation.LIBRARY_RESCANNED.droppedQueryNames(),
                        Set.of(), Set.of())));
    }

    @Test
    void aScanThatChangesTheCatalog_dropsTheRescannedRow() {
        fixture.file("a.flac");

        fixture.scan();

        assertThat(fixture.cache.droppedNames()).containsExactlyInAnyOrderElementsOf(
                Mutation.LIBRARY_RESCANNED.droppedQueryNames());
    }

    @Test
    void aFileWithNewSizeAndTime_isReadAgain_andItsNewTagsStored() {
        fixture.file("a.flac", aTrack().title("Old"));
        fixture.scan();
        Track before = fixture.catalog.all().get(0);

        fixture.touched("a.flac", aTrack().title("New"));
        ScanSummary summary = fixture.scan();

        assertThat(summary.counts()).isEqualTo(new ScanCounts(1, 0, 0, 1, 0, 0, 0));
        assertThat(fixture.catalog.all()).singleElement().satisfies(track -> {
            assertThat(track.id()).isEqualTo(before.id());
            assertThat(track.title()).isEqualTo("New");
        });
    }

    @Test
    void aTouchedFileWithTheSameTags_countsAsUnchanged() {
        fixture.file("a.flac", aTrack().title("Same"));
        fixture.scan();
        fixture.touched("a.flac", aTrack().title("Same"));
        fixture.scan();

        ScanSummary summary = fixture.scan(new ScanRequest(ScanFixture.ROOT, true));

        assertThat(summary.counts()).isEqualTo(new ScanCounts(1, 1, 0, 0, 0, 0, 0));
    }

    @Test
    void aFullScan_readsEveryFileAgain() {
        fixture.file("a.flac");
        fixture.file("b.flac");
        fixture.scan();
        int reads = fixture.files.reads();

        ScanSummary summary = fixture.scan(new ScanRequest(ScanFixture.ROOT, true));

        assertThat(fixture.files.reads()).isEqualTo(reads + 2);
        assertThat(summary.counts().unchanged()).isEqualTo(2);
    }

    @Test
    void aMovedFile_keepsItsTrack_withItsFavoriteFlag() {
        NewTrack original = fixture.file("old/a.flac", aTrack().title("Song").duration(Duration.ofMillis(200_000)));
        fixture.scan();
        Track track = fixture.catalog.all().get(0);
        fixture.catalog.setFavorite(track.id(), true);

        fixture.files.remove(original.path());
        fixture.file("new/a.flac", aTrack().title("Song").duration(Duration.ofMillis(200_900)));
        ScanSummary summary = fixture.scan();

        assertThat(summary.counts()).isEqualTo(new ScanCounts(1, 0, 0, 0, 1, 0, 0));
        assertThat(fixture.catalog.all()).singleElement().satisfies(moved -> {
            assertThat(moved.id()).isEqualTo(track.id());
            assertThat(moved.path()).isEqualTo("/music/new/a.flac");
            assertThat(moved.favorite()).isTrue();
        });
    }

    @Test
    void aFileOfAnotherRecordingWithTheSameSize_isNoMove() {
        NewTrack original = fixture.file("old/a.flac", aTrack().title("Song"));
        fixture.scan();
        fixture.files.remove(original.path());

        fixture.file("new/b.flac", aTrack().title("Other song"));
        ScanSummary summary = fixture.scan();

        assertThat(summary.counts()).isEqualTo(new ScanCounts(1, 0, 1, 0, 0, 1, 0));
    }

    @Test
    void aFileLongerByMoreThanASecond_isNoMove() {
        NewTrack original = fixture.file("old/a.flac", aTrack().title("Song").duration(Duration.ofMillis(200_000)));
        fixture.scan();
        fixture.files.remove(original.path());

        fixture.file("new/a.flac", aTrack().title("Song").duration(Duration.ofMillis(201_001)));

        assertThat(fixture.scan().counts().moved()).isZero();
    }

    @Test
    void aCopy_isAddedBesideTheOriginal_notMoved() {
        fixture.file("old/a.flac", aTrack().title("Song"));
        fixture.scan();

        fixture.file("copy/a.flac", aTrack().title("Song"));
        ScanSummary summary = fixture.scan();

        assertThat(summary.counts()).isEqualTo(new ScanCounts(2, 1, 1, 0, 0, 0, 0));
        assertThat(fixture.catalog.all()).hasSize(2);
    }

    @Test
    void twoCopiesOfAMovedFile_moveTheTrackOnce_andAddTheOther() {
        NewTrack original = fixture.file("old/a.flac", aTrack().title("Song"));
        fixture.scan();
        fixture.files.remove(original.path());

        fixture.file("x/a.flac", aTrack().title("Song"));
        fixture.file("y/a.flac", aTrack().title("Song"));
        ScanSummary summary = fixture.scan();

        assertThat(summary.counts().moved()).isEqualTo(1);
        assertThat(summary.counts().added()).isEqualTo(1);
        assertThat(fixture.catalog.all()).hasSize(2);
    }

    @Test
    void aVanishedFile_loosesItsTrack() {
        fixture.file("a.flac");
        NewTrack gone = fixture.file("b.flac");
        fixture.scan();

        fixture.files.remove(gone.path());
        ScanSummary summary = fixture.scan();

        assertThat(summary.counts()).isEqualTo(new ScanCounts(1, 1, 0, 0, 0, 1, 0));
        assertThat(fixture.catalog.atPath(gone.path())).isEmpty();
    }

    @Test
    void manyVanishedFiles_areRemovedInBatches() {
        List<NewTrack> all = IntStream.range(0, 5).mapToObj(i -> fixture.file(i + ".flac")).toList();
        fixture.file("kept.flac");
        fixture.scan();
        all.forEach(track -> fixture.files.remove(track.path()));

        ScanSummary summary = fixture.scan();

        assertThat(summary.counts().removed()).isEqualTo(5);
        assertThat(fixture.catalog.all()).extracting(Track::title).containsExactly("kept.flac");
    }

    @Test
    void anEmptyDirectory_removesNothing_andSaysSo() {
        NewTrack only = fixture.file("a.flac");
        fixture.scan();
        fixture.files.remove(only.path());

        ScanSummary summary = fixture.scan();

        assertThat(fixture.catalog.all()).hasSize(1);
        assertThat(summary.counts().removed()).isZero();
        assertThat(summary.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.path()).isEqualTo("/music");
            assertThat(failure.reason()).contains("is the library's disk mounted?");
        });
    }

    @Test
    void anEmptyCatalogAndDirectory_scanToNothing() {
        ScanSummary summary = fixture.scan();

        assertThat(summary.counts()).isEqualTo(new ScanCounts(0, 0, 0, 0, 0, 0, 0));
        assertThat(summary.failures()).isEmpty();
    }

    @Test
    void tracksBelowADirectoryTheWalkCouldNotEnter_areKept() {
        fixture.file("open/a.flac");
        fixture.file("closed/b.flac");
        NewTrack gone = fixture.file("open/c.flac");
        fixture.scan();

        fixture.files.unwalkable("/music/closed");
        fixture.files.remove(gone.path());
        ScanSummary summary = fixture.scan();

        assertThat(fixture.catalog.all()).extracting(Track::title).containsExactlyInAnyOrder("open/a.flac",
                "closed/b.flac");
        assertThat(summary.counts().removed()).isEqualTo(1);
        assertThat(summary.failures()).extracting(FileFailure::path).containsExactly("/music/closed");
    }

    @Test
    void tracksOutsideTheRoot_areNeitherReadNorRemoved() {
        fixture.file("a.flac");
        fixture.catalog.add(aTrack().path("/elsewhere/b.flac").build());

        ScanSummary summary = fixture.scan();

        assertThat(summary.counts().removed()).isZero();
        assertThat(fixture.catalog.atPath("/elsewhere/b.flac")).isPresent();
    }

    @Test
    void anUnreadableFile_isAFailure_andKeepsItsTrack() {
        fixture.file("a.flac");
        fixture.file("b.flac");
        fixture.scan();

        fixture.files.putUnreadable("/music/a.flac", "truncated");
        ScanSummary summary = fixture.scan();

        assertThat(summary.counts().failed()).isEqualTo(1);
        assertThat(summary.counts().removed()).isZero();
        assertThat(fixture.catalog.all()).hasSize(2);
        assertThat(fixture.failures).extracting(FileFailure::reason).containsExactly("truncated");
    }

    @Test
    void aReaderThatThrows_failsOnlyThatFile() {
        fixture.file("a.flac");
        fixture.files.putThrowing("/music/b.flac");

        ScanSummary summary = fixture.scan();

        assertThat(summary.counts().added()).isEqualTo(1);
        assertThat(summary.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.path()).isEqualTo("/music/b.flac");
            assertThat(failure.reason()).startsWith("could not be read: ").contains("the reader broke");
        });
    }

    @Test
    void aTrackTheCatalogRefuses_failsAlone_andTheRestOfItsBatchIsStored() {
        fixture.file("a.flac");
        fixture.file("bad.flac");
        fixture.catalog.refusingPaths(path -> path.endsWith("bad.flac"));

        ScanSummary summary = fixture.scan();

        assertThat(summary.counts().added()).isEqualTo(1);
        assertThat(summary.counts().failed()).isEqualTo(1);
        assertThat(fixture.catalog.all()).extracting(Track::title).containsExactly("a.flac");
        assertThat(summary.failures()).singleElement().satisfies(failure ->
                assertThat(failure.reason()).startsWith("could not be stored in the catalog: the store refused"));
    }

    @Test
    void aRefusedChangedTrack_isNotCountedAsUpdated() {
        fixture.file("a.flac", aTrack().title("Old"));
        fixture.file("b.flac", aTrack().title("Old b"));
        fixture.scan();
        fixture.touched("a.flac", aTrack().title("New"));
        fixture.touched("b.flac", aTrack().title("New b"));
        fixture.catalog.refusingPaths(path -> path.endsWith("b.flac"));

        ScanSummary summary = fixture.scan();

        assertThat(summary.counts().updated()).isEqualTo(1);
        assertThat(summary.counts().unchanged()).isZero();
        assertThat(summary.counts().failed()).isEqualTo(1);
    }

    @Test
    void aCatalogRefusingAWholeBatch_stopsTheScan() {
        fixture.file("a.flac");
        fixture.file("b.flac");
        fixture.catalog.refusingPaths(path -> true);

        assertThatThrownBy(fixture::scan).isInstanceOf(ScanFailedException.class)
                .hasMessageStartingWith("the catalog refused a whole batch");
        assertThat(fixture.catalog.all()).isEmpty();
    }

    @Test
    void aCatalogThatCannotListItsFiles_stopsTheScanWithItsError() {
        fixture.file("a.flac");
        fixture.scan();
        fixture.file("b.flac");
        IllegalStateException down = new IllegalStateException("database down");
        fixture.catalog.failingNextList(down);

        assertThatThrownBy(fixture::scan).isSameAs(down);
    }

    @Test
    void failuresBeyondTheKeptNumber_areCountedAsOmitted() {
        int extra = 3;
        fixture.batchesOf(500);
        IntStream.range(0, ScanSummary.MAX_FAILURES_KEPT + extra)
                .forEach(i -> fixture.files.putUnreadable("/music/" + i + ".flac", "bad"));

        ScanSummary summary = fixture.scan();

        assertThat(summary.failures()).hasSize(ScanSummary.MAX_FAILURES_KEPT);
        assertThat(summary.failuresOmitted()).isEqualTo(extra);
        assertThat(summary.counts().failed()).isEqualTo(ScanSummary.MAX_FAILURES_KEPT + extra);
        assertThat(fixture.failures).hasSize(ScanSummary.MAX_FAILURES_KEPT + extra);
    }

    @Test
    void progress_isReportedPerBatch_andTheLastSaysTheWalkIsFinished() {
        IntStream.range(0, 5).forEach(i -> fixture.file(i + ".flac"));

        fixture.scan();

        assertThat(fixture.progress).hasSizeGreaterThanOrEqualTo(3);
        assertThat(fixture.progress.get(fixture.progress.size() - 1).walkFinished()).isTrue();
        assertThat(fixture.progress.get(fixture.progress.size() - 1).counts().added()).isEqualTo(5);
    }

    @Test
    void aRescanOfUnchangedFiles_stillReportsProgress() {
        IntStream.range(0, 4).forEach(i -> fixture.file(i + ".flac"));
        fixture.scan();

        fixture.scan();

        assertThat(fixture.progress).anySatisfy(progress -> {
            assertThat(progress.walkFinished()).isFalse();
            assertThat(progress.counts().unchanged()).isPositive();
        });
    }

    @Test
    void aRootThatIsNoDirectory_isRefused() {
        assertThatThrownBy(() -> fixture.scan(ScanRequest.of(Path.of("/missing"))))
                .hasMessageContaining("root must be a readable directory");
    }

    @Test
    void aScan_needsARequestAndAListener() {
        LibraryScanner scanner = LibraryScanner.create(fixture.files, fixture.catalog, fixture.catalog, fixture.cache,
                ScanSettings.defaults());

        assertThatThrownBy(() -> scanner.scan(null, ScanListener.NONE)).hasMessage("request");
        assertThatThrownBy(() -> scanner.scan(ScanRequest.of(ScanFixture.ROOT), null)).hasMessage("listener");
    }

    @Test
    void aScanner_needsEveryPort() {
        var files = fixture.files;
        var catalog = fixture.catalog;
        var cache = fixture.cache;
        var settings = ScanSettings.defaults();
        assertThatThrownBy(() -> LibraryScanner.create(null, catalog, catalog, cache, settings)).hasMessage("files");
        assertThatThrownBy(() -> LibraryScanner.create(files, null, catalog, cache, settings)).hasMessage("tracks");
        assertThatThrownBy(() -> LibraryScanner.create(files, catalog, null, cache, settings))
                .hasMessage("trackFiles");
        assertThatThrownBy(() -> LibraryScanner.create(files, catalog, catalog, null, settings)).hasMessage("cache");
        assertThatThrownBy(() -> LibraryScanner.create(files, catalog, catalog, cache, null)).hasMessage("settings");
        assertThatThrownBy(() -> LibraryScanner.create(files, catalog, catalog, cache, fixture.changes,
                FolderCovers.NONE, null, settings)).hasMessage("invalidations");
    }

    @Test
    void aScanThatOnlyRemoves_reportsEachStep_andDropsTheRescannedRow() {
        fixture.file("a.flac");
        NewTrack gone = fixture.file("b.flac");
        fixture.scan();
        fixture.files.remove(gone.path());
        int drops = fixture.cache.droppedNames().size();

        fixture.scan();

        // the walk's unchanged batch, the walk's end, the removal, the end of the scan
        assertThat(fixture.progress).hasSize(4);
        assertThat(fixture.progress.get(1).walkFinished()).isTrue();
        assertThat(fixture.progress.get(3).counts().removed()).isEqualTo(1);
        assertThat(fixture.cache.droppedNames()).hasSize(drops + Mutation.LIBRARY_RESCANNED.droppedQueryNames().size());
    }

    @Test
    void aFullScanOfUnchangedFiles_dropsNothing() {
        fixture.file("a.flac");
        fixture.scan();
        int drops = fixture.cache.droppedNames().size();

        fixture.scan(new ScanRequest(ScanFixture.ROOT, true));

        assertThat(fixture.cache.droppedNames()).hasSize(drops);
    }

    @Test
    void aFullScanWithANewFile_countsTheKnownOneUnchanged_andTheNewOneAdded() {
        fixture.file("a.flac");
        fixture.scan();
        fixture.file("b.flac");

        ScanSummary summary = fixture.scan(new ScanRequest(ScanFixture.ROOT, true));

        assertThat(summary.counts()).isEqualTo(new ScanCounts(2, 1, 1, 0, 0, 0, 0));
    }

    @Test
    void aFileLongerByExactlyASecond_isStillTheMovedTrack() {
        NewTrack original = fixture.file("old/a.flac", aTrack().title("Song").duration(Duration.ofMillis(200_000)));
        fixture.scan();
        fixture.files.remove(original.path());

        fixture.file("new/a.flac", aTrack().title("Song").duration(Duration.ofMillis(201_000)));

        assertThat(fixture.scan().counts().moved()).isEqualTo(1);
    }

    @Test
    void aDirectoryNamedLikeAnUnwalkableOneButLonger_losesItsVanishedTracks() {
        fixture.file("closed/a.flac");
        NewTrack gone = fixture.file("closed-too/b.flac");
        fixture.file("c.flac");
        fixture.scan();

        fixture.files.unwalkable("/music/closed");
        fixture.files.remove(gone.path());
        fixture.scan();

        assertThat(fixture.catalog.atPath(gone.path())).isEmpty();
        assertThat(fixture.catalog.atPath("/music/closed/a.flac")).isPresent();
    }

    @Test
    void aMoveTheCatalogRefuses_stopsTheScanNamingTheCatalog() {
        NewTrack original = fixture.file("old/a.flac", aTrack().title("Song"));
        fixture.scan();
        fixture.files.remove(original.path());
        fixture.file("new/a.flac", aTrack().title("Song"));
        fixture.catalog.refusingMovesTo(path -> true);

        assertThatThrownBy(fixture::scan).isInstanceOf(ScanFailedException.class)
                .hasMessageStartingWith("the scan stopped: the catalog could not be written: ")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aScanTakesTheTimeItTook() {
        fixture.file("a.flac");

        ScanSummary summary = fixture.scan();

        assertThat(summary.elapsed()).isPositive().isLessThan(Duration.ofMinutes(10));
    }
}
