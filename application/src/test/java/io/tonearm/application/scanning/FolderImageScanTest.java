package io.tonearm.application.scanning;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.application.CachedQueries;
import io.tonearm.application.Invalidation;
import io.tonearm.application.Mutation;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.ScanSummary;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.CacheKey;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A scan records, per directory, whether it holds a cover image: the tracks' cover fact, kept up to date. */
class FolderImageScanTest {
    private final ScanFixture fixture = new ScanFixture().batchesOf(10);
    private final NewTrack one = fixture.file("a/1.flac", aTrack().title("One").album("A"));
    private final NewTrack two = fixture.file("a/2.flac", aTrack().title("Two").album("A"));
    private final NewTrack other = fixture.file("b/3.flac", aTrack().title("Three").album("B"));

    @Test
    void aFirstScan_givesTheTracksOfADirectoryWithACoverImageTheirCover_andListsEachDirectoryOnce() {
        fixture.coverDirectories.add("/music/a");

        fixture.scanLookingAtCovers();

        assertThat(track(one).hasCover()).isTrue();
        assertThat(track(two).hasCover()).isTrue();
        assertThat(track(other).hasCover()).isFalse();
        assertThat(fixture.directoriesListed).containsExactlyInAnyOrder("/music/a", "/music/b");
    }

    @Test
    void aCoverImageAddedBesideUnchangedFiles_changesTheirCover_withoutReadingThem_andDropsExactlyWhatItChanges() {
        fixture.scanLookingAtCovers();
        assertThat(track(one).hasCover()).isFalse();
        int readsBefore = fixture.files.reads();
        int droppedBefore = fixture.cache.droppedNames().size();
        cache(one, two, other);
        fixture.coverDirectories.add("/music/a");

        ScanSummary rescan = fixture.scanLookingAtCovers();

        assertThat(rescan.counts().updated()).isEqualTo(2);
        assertThat(rescan.counts().unchanged()).isEqualTo(1);
        assertThat(rescan.counts().processed()).isEqualTo(rescan.counts().found());
        assertThat(fixture.files.reads()).isEqualTo(readsBefore);
        assertThat(track(one).hasCover()).isTrue();
        assertThat(track(two).hasCover()).isTrue();
        assertThat(track(other).hasCover()).isFalse();
        // exactly the two tracks' entries and the album reads: the other track and every list stay cached
        assertThat(fixture.cache.holds(CachedQueries.TRACK, key(one))).isFalse();
        assertThat(fixture.cache.holds(CachedQueries.TRACK, key(two))).isFalse();
        assertThat(fixture.cache.holds(CachedQueries.TRACK, key(other))).isTrue();
        List<String> dropped = fixture.cache.droppedNames();
        assertThat(dropped.subList(droppedBefore, dropped.size())).containsExactlyInAnyOrderElementsOf(
                Mutation.FOLDER_IMAGE_CHANGED.droppedQueryNames());
        // and the same for the other processes, through the change log
        CacheInvalidation logged = fixture.changes.rows().get(fixture.changes.rows().size() - 1).invalidation();
        assertThat(logged.queries()).isEqualTo(Mutation.FOLDER_IMAGE_CHANGED.droppedQueryNames());
        assertThat(logged.entries()).containsExactlyInAnyOrder(
                new EntryDrop(CachedQueries.TRACK.name(), key(one)), new EntryDrop(CachedQueries.TRACK.name(), key(two)));
        // and told as it happened (the live cache dashboard)
        assertThat(fixture.invalidations.get(fixture.invalidations.size() - 1)).isEqualTo(new Invalidation(
                Mutation.FOLDER_IMAGE_CHANGED.name(), Mutation.FOLDER_IMAGE_CHANGED.droppedQueryNames(), Set.of(),
                Set.of(CachedQueries.TRACK.name())));
    }

    @Test
    void aCoverImageRemoved_takesTheCoverAway_andAnUnchangedDirectoryChangesNothing() {
        fixture.coverDirectories.add("/music/a");
        fixture.scanLookingAtCovers();
        int rowsBefore = fixture.changes.rows().size();

        ScanSummary same = fixture.scanLookingAtCovers();

        assertThat(same.counts().updated()).isZero();
        assertThat(same.counts().unchanged()).isEqualTo(3);
        assertThat(fixture.changes.rows()).hasSize(rowsBefore);

        fixture.coverDirectories.clear();
        ScanSummary removed = fixture.scanLookingAtCovers();

        assertThat(removed.counts().updated()).isEqualTo(2);
        assertThat(track(one).hasCover()).isFalse();
        assertThat(track(two).hasCover()).isFalse();
    }

    @Test
    void aChangedFile_isStoredWithItsDirectorysCoverFact() {
        fixture.scanLookingAtCovers();
        fixture.coverDirectories.add("/music/b");
        fixture.touched("b/3.flac", aTrack().title("Three, remastered").album("B"));

        ScanSummary rescan = fixture.scanLookingAtCovers();

        assertThat(rescan.counts().updated()).isEqualTo(1);
        assertThat(track(other).title()).isEqualTo("Three, remastered");
        assertThat(track(other).hasCover()).isTrue();
    }

    private Track track(NewTrack file) {
        List<TrackId> ids = fixture.catalog.findAll(PageRequest.first(10)).items();
        return fixture.catalog.findByIds(ids).stream().filter(track -> track.path().equals(file.path())).findFirst()
                .orElseThrow();
    }

    private CacheKey key(NewTrack file) {
        return CacheKey.of(track(file).id().value());
    }

    private void cache(NewTrack... files) {
        for (NewTrack file : files) {
            Track track = track(file);
            fixture.cache.get(CachedQueries.TRACK, key(file), () -> track);
        }
        assertThat(Set.of(files)).allMatch(file -> fixture.cache.holds(CachedQueries.TRACK, key(file)));
    }
}
