package io.tonearm.bootstrap.scanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.adapters.persistence.PersistenceModule;
import io.tonearm.adapters.persistence.TestCorpus;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.application.Library;
import io.tonearm.application.Mutation;
import io.tonearm.application.scanning.LibraryScanner;
import io.tonearm.application.scanning.ScanFailedException;
import io.tonearm.application.scanning.ScanListener;
import io.tonearm.application.scanning.ScanRequest;
import io.tonearm.application.scanning.ScanSettings;
import io.tonearm.application.scanning.TagWriteBack;
import io.tonearm.domain.Album;
import io.tonearm.domain.ArtistSeparators;
import io.tonearm.domain.FileFailure;
import io.tonearm.domain.KnownFile;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.ReplayGain;
import io.tonearm.domain.ScanProgress;
import io.tonearm.domain.ScanSummary;
import io.tonearm.domain.ScannedTrack;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.Albums;
import io.tonearm.domain.port.Artists;
import io.tonearm.domain.port.AudioFiles;
import io.tonearm.domain.port.PlayHistory;
import io.tonearm.domain.port.TrackFiles;
import io.tonearm.domain.port.Tracks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans against the real MariaDB and real files written by {@link TestCorpus}. */
class LibraryScannerIntegrationTest {
    private static final TestDatabase DB = TestDatabase.shared();
    private static Injector injector;

    @TempDir
    Path dir;
    Path library;
    Map<Path, TestCorpus.Expected> corpus;
    Tracks tracks;
    TrackFiles trackFiles;
    Albums albums;
    RecordingQueryCache cache;

    @BeforeAll
    static void connect() {
        injector = Guice.createInjector(new PersistenceModule(DB.settings(), ArtistSeparators.DEFAULT));
    }

    @AfterAll
    static void disconnect() {
        injector.getInstance(HikariDataSource.class).close();
    }

    @BeforeEach
    void setUp() throws IOException {
        DB.truncate();
        library = dir.resolve("music");
        corpus = TestCorpus.writeHardCases(library);
        tracks = injector.getInstance(Tracks.class);
        trackFiles = injector.getInstance(TrackFiles.class);
        albums = injector.getInstance(Albums.class);
        cache = new RecordingQueryCache();
    }

    private LibraryScanner scanner(int batchSize) {
        return LibraryScanner.create(injector.getInstance(AudioFiles.class), tracks, trackFiles, cache,
                new ScanSettings(2, batchSize));
    }

    private ScanSummary scan(int batchSize) {
        return scanner(batchSize).scan(ScanRequest.of(library), ScanListener.NONE);
    }

    @Test
    void aCatalogThatCannotListItsFiles_failsTheScanWithThatError_andStoresNothing() {
        IllegalStateException down = new IllegalStateException("the catalog's files cannot be listed");
        TrackFiles failing = new TrackFiles() {
            @Override
            public List<KnownFile> findBySizes(java.util.Collection<Long> sizes) {
                return trackFiles.findBySizes(sizes);
            }

            @Override
            public List<KnownFile> findUnder(String directory, long afterId, long upToId, int limit) {
                throw down;
            }

            @Override
            public Optional<TrackId> findLastId() {
                return Optional.of(TrackId.of(1)); // as if the catalog held tracks, so that they are listed
            }

            @Override
            public boolean setPath(TrackId id, String newPath) {
                return trackFiles.setPath(id, newPath);
            }

            @Override
            public boolean setFileFacts(TrackId id, long size, java.time.Instant modifiedAt) {
                return trackFiles.setFileFacts(id, size, modifiedAt);
            }

            @Override
            public int recordFolderImage(java.util.Collection<TrackId> ids, boolean present) {
                return trackFiles.recordFolderImage(ids, present);
            }
        };
        LibraryScanner scanner = LibraryScanner.create(injector.getInstance(AudioFiles.class), tracks, failing, cache,
                new ScanSettings(2, 1));

        assertThatThrownBy(() -> scanner.scan(ScanRequest.of(library), ScanListener.NONE)).isSameAs(down);
        assertThat(tracks.findAll(PageRequest.first(10)).total()).isZero();
    }

    private long readable() {
        return corpus.values().stream().filter(expected -> !expected.fails()).count();
    }

    private long broken() {
        return corpus.values().stream().filter(TestCorpus.Expected::fails).count();
    }

    /** @return what the catalog knows of the file at {@code path}, or empty */
    private Optional<KnownFile> known(Path path) {
        return trackFiles.findUnder(path.getParent() + java.io.File.separator, 0, Long.MAX_VALUE, 10_000).stream()
                .filter(file -> file.path().equals(path.toString())).findFirst();
    }

    private Track track(Path path) {
        KnownFile known = known(path).orElseThrow(() -> new AssertionError("not in the catalog: " + path));
        return tracks.findById(known.id()).orElseThrow();
    }

    @Test
    void firstScan_takesEveryReadableFileInFieldByField_andReportsEveryBrokenFileAndTheLoop() {
        ScanSummary summary = scan(7);

        assertThat(summary.counts().added()).isEqualTo(readable());
        assertThat(summary.counts().failed()).isEqualTo(broken() + 1);
        assertThat(summary.counts().found()).isEqualTo(corpus.size());
        assertThat(summary.failures()).extracting(FileFailure::path)
                .contains(library.resolve("broken/empty.mp3").toString(),
                        library.resolve("broken/not audio.mp3").toString(),
                        library.resolve("nested/a/b/loop").toString());
        SoftAssertions softly = new SoftAssertions();
        corpus.forEach((path, expected) -> {
            if (expected.fails()) {
                softly.assertThat(known(path)).as(path.toString()).isEmpty();
                return;
            }
            Track track = track(path);
            String name = library.relativize(path).toString();
            softly.assertThat(track.title()).as(name).isEqualTo(expected.title());
            softly.assertThat(track.artists()).as(name).isEqualTo(expected.artists());
            softly.assertThat(track.album()).as(name).isEqualTo(expected.album());
            softly.assertThat(track.albumArtist()).as(name).isEqualTo(expected.albumArtist());
            softly.assertThat(track.trackNumber()).as(name).isEqualTo(expected.trackNumber());
            softly.assertThat(track.discNumber()).as(name).isEqualTo(expected.discNumber());
            softly.assertThat(track.year()).as(name).isEqualTo(expected.year());
            softly.assertThat(track.genre()).as(name).isEqualTo(expected.genre());
            softly.assertThat(track.format()).as(name).isEqualTo(expected.format());
            softly.assertThat(track.sampleRate()).as(name).isEqualTo(expected.sampleRate());
            softly.assertThat(track.musicBrainz().recordingId()).as(name).isEqualTo(expected.mbRecording());
            softly.assertThat(track.fileSize()).as(name).isEqualTo(path.toFile().length());
        });
        softly.assertAll();
    }

    @Test
    void aTrackStoredBeforeReplayGainWasRead_getsItFromAFullScan_notFromARescanOfTheUnchangedFile() throws Exception {
        Path file = library.resolve("gain/1.flac");
        TestCorpus.write(TestCorpus.Kind.FLAC, file, TestCorpus.Tags.basic("Loud", "Loud Act", "Loud Album"));
        TestCorpus.addVorbisComments(file, Map.of("REPLAYGAIN_TRACK_GAIN", "-6.54 dB"));
        scan(500);
        assertThat(track(file).replayGain()).isEqualTo(new ReplayGain(-6.54, null, null, null));
        // as a catalog written before migration V32 holds it: the same file, no ReplayGain
        NewTrack read = ((ScannedTrack) injector.getInstance(AudioFiles.class).read(new io.tonearm.domain.AudioFile(
                file.toString(), Files.size(file),
                Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MILLIS)))).track();
        assertThat(tracks.upsertAll(List.of(read.withReplayGain(ReplayGain.NONE)))).isOne();

        ScanSummary rescan = scan(500);
        ReplayGain afterRescan = track(file).replayGain();
        ScanSummary full = scanner(500).scan(new ScanRequest(library, true), ScanListener.NONE);

        assertThat(rescan.counts().updated()).isZero();
        assertThat(afterRescan).isEqualTo(ReplayGain.NONE);
        assertThat(full.counts().updated()).as("only the track whose facts changed").isOne();
        assertThat(track(file).replayGain()).isEqualTo(new ReplayGain(-6.54, null, null, null));
    }

    @Test
    void tracksWithDifferentArtistsOfOneAlbumArtist_makeOneAlbum_andACompilationIsByVariousArtists() {
        scan(500);

        Album together = albums.search(new SearchQuery("Together"), PageRequest.first(10)).items().get(0);
        assertThat(albums.search(new SearchQuery("Together"), PageRequest.first(10)).total()).isEqualTo(1);
        assertThat(together.artist()).isEqualTo("Main Artist");
        assertThat(together.trackCount()).isEqualTo(2);
        Album compilation = albums.search(new SearchQuery("Now 99"), PageRequest.first(10)).items().get(0);
        assertThat(compilation.artist()).isEqualTo("Various Artists");
        assertThat(compilation.trackCount()).isEqualTo(2);
    }

    private Album onlyAlbum(String title) {
        var found = albums.search(new SearchQuery(title), PageRequest.first(10));
        assertThat(found.total()).as("albums titled " + title).isEqualTo(1);
        return found.items().get(0);
    }

    /** Asserts field by field: one album by Various Artists holding these tracks, each with its own artists. */
    private void assertOneVariousArtistsAlbum(String title, Map<Path, List<String>> artistsByFile) {
        Album album = onlyAlbum(title);
        assertThat(album.artist()).isEqualTo("Various Artists");
        assertThat(album.trackCount()).isEqualTo(artistsByFile.size());
        artistsByFile.forEach((file, artists) -> {
            Track track = track(file);
            assertThat(track.albumId()).as(file.toString()).isEqualTo(album.id());
            assertThat(track.album()).as(file.toString()).isEqualTo(title);
            assertThat(track.albumArtist()).as(file.toString()).isEqualTo("Various Artists");
            assertThat(track.artists()).as(file.toString()).isEqualTo(artists);
        });
    }

    private Map<Path, List<String>> untaggedCompilation() {
        return Map.of(library.resolve("untagged-compilation/01 First.mp3"), List.of("Band One"),
                library.resolve("untagged-compilation/02 Second.ogg"), List.of("Band Two"),
                library.resolve("untagged-compilation/03 Third.flac"), List.of("Band One", "Band Three"));
    }

    @Test
    void anUntaggedCompilation_isOneAlbumByVariousArtists_whateverBatchesCutTheFolder() {
        for (int batchSize : new int[] {1, 2, 500}) {
            DB.truncate();

            scan(batchSize);

            assertOneVariousArtistsAlbum("Summer Mix 1999", untaggedCompilation());
            assertThat(artistNamed("Band One")).as("batch size %d", batchSize).isPresent();
        }
    }

    private Optional<io.tonearm.domain.Artist> artistNamed(String name) {
        return injector.getInstance(Artists.class).search(new SearchQuery(name), PageRequest.first(10)).items()
                .stream().filter(artist -> artist.name().equals(name)).findFirst();
    }

    @Test
    void aFolderOfOneArtist_isThatArtistsAlbum_andANewFileByAnotherArtist_makesItVariousArtists_readingOnlyIt()
            throws IOException {
        Path folder = library.resolve("growing");
        Path one = folder.resolve("1.flac");
        Path two = folder.resolve("2.mp3");
        Path three = folder.resolve("3.ogg");
        TestCorpus.write(TestCorpus.Kind.FLAC, one, TestCorpus.Tags.basic("One", "Solo Act", "Growing Album"));
        TestCorpus.write(TestCorpus.Kind.MP3_ID3V23, two, TestCorpus.Tags.basic("Two", "Solo Act", "Growing Album"));
        scan(500);
        assertThat(onlyAlbum("Growing Album").artist()).isEqualTo("Solo Act");
        assertThat(track(one).albumArtist()).isEqualTo("Solo Act");
        TestCorpus.write(TestCorpus.Kind.OGG_VORBIS, three, TestCorpus.Tags.basic("Three", "Guest Act", "Growing Album"));
        CountingAudioFiles counting = new CountingAudioFiles(injector.getInstance(AudioFiles.class));

        ScanSummary rescan = LibraryScanner.create(counting, tracks, trackFiles, cache, new ScanSettings(2, 500))
                .scan(ScanRequest.of(library), ScanListener.NONE);

        assertThat(counting.read).as("the broken files are read on every scan, no other known one")
                .filteredOn(path -> path.startsWith(folder.toString())).containsExactly(three.toString());
        assertThat(rescan.counts().added()).isEqualTo(1);
        assertOneVariousArtistsAlbum("Growing Album",
                Map.of(one, List.of("Solo Act"), two, List.of("Solo Act"), three, List.of("Guest Act")));
        assertThat(artistNamed("Solo Act")).as("still a track artist").isPresent();
    }

    @Test
    void removingTheOneFileByAnotherArtist_givesTheAlbumBackToTheArtistLeft_readingNoFile() throws IOException {
        Path folder = library.resolve("shrinking");
        Path one = folder.resolve("1.flac");
        Path two = folder.resolve("2.opus");
        Path guest = folder.resolve("3.mp3");
        TestCorpus.write(TestCorpus.Kind.FLAC, one, TestCorpus.Tags.basic("One", "Host Act", "Shrinking Album"));
        TestCorpus.write(TestCorpus.Kind.OPUS, two, TestCorpus.Tags.basic("Two", "Host Act", "Shrinking Album"));
        TestCorpus.write(TestCorpus.Kind.MP3_ID3V24, guest, TestCorpus.Tags.basic("Three", "Guest Act",
                "Shrinking Album"));
        scan(500);
        assertThat(onlyAlbum("Shrinking Album").artist()).isEqualTo("Various Artists");
        Files.delete(guest);
        CountingAudioFiles counting = new CountingAudioFiles(injector.getInstance(AudioFiles.class));

        ScanSummary rescan = LibraryScanner.create(counting, tracks, trackFiles, cache, new ScanSettings(2, 500))
                .scan(ScanRequest.of(library), ScanListener.NONE);

        assertThat(rescan.counts().removed()).isEqualTo(1);
        assertThat(counting.read).filteredOn(path -> path.startsWith(folder.toString())).isEmpty();
        Album back = onlyAlbum("Shrinking Album");
        assertThat(back.artist()).isEqualTo("Host Act");
        assertThat(back.trackCount()).isEqualTo(2);
        assertThat(track(one).albumArtist()).isEqualTo("Host Act");
        assertThat(track(two).albumId()).isEqualTo(back.id());
        assertThat(artistNamed("Guest Act")).isEmpty();
    }

    @Test
    void aChangedFileOfAFolder_decidesForTheWholeFolder_bothWays_readingOnlyIt() throws IOException {
        Path folder = library.resolve("changing");
        Path one = folder.resolve("1.flac");
        Path two = folder.resolve("2.m4a");
        TestCorpus.write(TestCorpus.Kind.FLAC, one, TestCorpus.Tags.basic("One", "Same Act", "Changing Album"));
        TestCorpus.write(TestCorpus.Kind.M4A_AAC, two, TestCorpus.Tags.basic("Two", "Same Act", "Changing Album"));
        scan(500);
        assertThat(onlyAlbum("Changing Album").artist()).isEqualTo("Same Act");
        CountingAudioFiles counting = new CountingAudioFiles(injector.getInstance(AudioFiles.class));
        LibraryScanner scanner = LibraryScanner.create(counting, tracks, trackFiles, cache, new ScanSettings(2, 500));

        TestCorpus.write(TestCorpus.Kind.M4A_AAC, two, TestCorpus.Tags.basic("Two", "Other Act", "Changing Album"));
        Files.setLastModifiedTime(two, FileTime.from(Instant.now().plusSeconds(60)));
        ScanSummary rescan = scanner.scan(ScanRequest.of(library), ScanListener.NONE);

        assertThat(counting.read).filteredOn(path -> path.startsWith(folder.toString()))
                .containsExactly(two.toString());
        assertThat(rescan.counts().updated()).isEqualTo(1);
        assertOneVariousArtistsAlbum("Changing Album", Map.of(one, List.of("Same Act"), two, List.of("Other Act")));

        counting.read.clear();
        TestCorpus.write(TestCorpus.Kind.M4A_AAC, two, TestCorpus.Tags.basic("Two", "Same Act", "Changing Album"));
        Files.setLastModifiedTime(two, FileTime.from(Instant.now().plusSeconds(120)));
        scanner.scan(ScanRequest.of(library), ScanListener.NONE);

        assertThat(counting.read).filteredOn(path -> path.startsWith(folder.toString()))
                .containsExactly(two.toString());
        Album back = onlyAlbum("Changing Album");
        assertThat(back.artist()).isEqualTo("Same Act");
        assertThat(back.trackCount()).isEqualTo(2);
        assertThat(track(one).albumArtist()).isEqualTo("Same Act");
        assertThat(track(one).albumId()).isEqualTo(back.id());
        assertThat(albums.search(new SearchQuery("Changing Album"), PageRequest.first(10)).items())
                .as("the Various Artists album left empty is gone").hasSize(1);
    }

    @Test
    void oneAlbumTitleInTwoFolders_orWithATaggedAlbumArtist_isNotMerged() throws IOException {
        TestCorpus.write(TestCorpus.Kind.FLAC, library.resolve("a/1.flac"), TestCorpus.Tags.basic("A1", "Act A", "Greatest Hits"));
        TestCorpus.write(TestCorpus.Kind.FLAC, library.resolve("b/1.flac"), TestCorpus.Tags.basic("B1", "Act B", "Greatest Hits"));
        TestCorpus.write(TestCorpus.Kind.FLAC, library.resolve("b/2.flac"),
                TestCorpus.Tags.basic("B2", "Act C", "Greatest Hits").withAlbumArtist("Act C", false));

        scan(500);

        assertThat(track(library.resolve("a/1.flac")).albumArtist()).isEqualTo("Act A");
        assertThat(track(library.resolve("b/1.flac")).albumArtist()).isEqualTo("Act B");
        assertThat(track(library.resolve("b/2.flac")).albumArtist()).isEqualTo("Act C");
        assertThat(albums.search(new SearchQuery("Greatest Hits"), PageRequest.first(10)).total()).isEqualTo(3);
    }

    /** Reads through the real adapter, remembering which files were read. */
    private static final class CountingAudioFiles implements AudioFiles {
        final List<String> read = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        private final AudioFiles real;

        CountingAudioFiles(AudioFiles real) {
            this.real = real;
        }

        @Override
        public java.util.stream.Stream<io.tonearm.domain.AudioFile> walk(Path root,
                java.util.function.Consumer<FileFailure> problems) {
            return real.walk(root, problems);
        }

        @Override
        public io.tonearm.domain.TagReading read(io.tonearm.domain.AudioFile file) {
            read.add(file.path());
            return real.read(file);
        }

        @Override
        public boolean exists(String path) {
            return real.exists(path);
        }

        @Override
        public io.tonearm.domain.AudioFile writeTags(String path, TrackChanges changes) {
            return real.writeTags(path, changes);
        }
    }

    @Test
    void anUnchangedRescan_readsNoKnownFile_changesNothing_andInvalidatesNothing() {
        scan(7);
        cache.clear();

        ScanSummary rescan = scan(7);

        assertThat(rescan.counts().unchanged()).isEqualTo(readable());
        assertThat(rescan.counts().added()).isZero();
        assertThat(rescan.counts().updated()).isZero();
        assertThat(rescan.counts().removed()).isZero();
        assertThat(rescan.counts().moved()).isZero();
        assertThat(rescan.counts().failed()).isEqualTo(broken() + 1);
        assertThat(cache.invalidatedQueryNames()).isEmpty();
    }

    @Test
    void aFullRescanOfAnUnchangedLibrary_readsEveryFileAgain_andFindsNothingChanged() {
        scan(7);
        cache.clear();
        CountingAudioFiles counting = new CountingAudioFiles(injector.getInstance(AudioFiles.class));

        ScanSummary full = LibraryScanner.create(counting, tracks, trackFiles, cache, new ScanSettings(2, 7))
                .scan(new ScanRequest(library, true), ScanListener.NONE);

        assertThat(counting.read).hasSize(corpus.size());
        assertThat(full.counts().unchanged()).isEqualTo(readable());
        assertThat(full.counts().updated()).isZero();
        assertThat(full.counts().added()).isZero();
        assertThat(full.counts().failed()).isEqualTo(broken() + 1);
        assertThat(cache.invalidatedQueryNames()).isEmpty();
    }

    @Test
    void aRescan_updatesChangedFiles_removesVanishedOnes_andKeepsAMovedTrackWithItsFavoriteAndPlays()
            throws IOException {
        scan(7);
        Path changed = library.resolve("unicode/sigur-ros.ogg");
        Path vanished = library.resolve("old/v1.mp3");
        Path movedFrom = library.resolve("tagged/musicbrainz.flac");
        Path movedTo = library.resolve("moved/elsewhere/renamed.flac");
        Track favorite = track(movedFrom);
        tracks.setFavorite(favorite.id(), true);
        PlayHistory plays = injector.getInstance(PlayHistory.class);
        plays.record(new io.tonearm.domain.PlayEvent(favorite.id(), Instant.parse("2026-01-01T00:00:00Z")));
        plays.record(new io.tonearm.domain.PlayEvent(favorite.id(), Instant.parse("2026-01-02T00:00:00Z")));
        TrackId vanishedId = track(vanished).id();
        TestCorpus.write(TestCorpus.Kind.OGG_VORBIS, changed, TestCorpus.Tags.basic("Glósóli", "Sigur Rós", "Takk…"));
        Files.setLastModifiedTime(changed, FileTime.from(Instant.now().plusSeconds(60)));
        Files.delete(vanished);
        Files.createDirectories(movedTo.getParent());
        Files.move(movedFrom, movedTo);

        ScanSummary rescan = scan(7);

        assertThat(rescan.counts().updated()).isEqualTo(1);
        assertThat(rescan.counts().removed()).isEqualTo(1);
        assertThat(rescan.counts().moved()).isEqualTo(1);
        assertThat(rescan.counts().added()).isZero();
        assertThat(track(changed).title()).isEqualTo("Glósóli");
        assertThat(tracks.findById(vanishedId)).isEmpty();
        assertThat(albums.search(new SearchQuery("Classics"), PageRequest.first(10)).total())
                .as("the album left empty is gone").isZero();
        Track moved = track(movedTo);
        assertThat(moved.id()).isEqualTo(favorite.id());
        assertThat(moved.favorite()).isTrue();
        assertThat(moved.playCount()).isEqualTo(2);
        assertThat(known(movedFrom)).isEmpty();
    }

    @Test
    void aCopiedFile_isANewTrack_notAMove() throws IOException {
        scan(7);
        Path original = library.resolve("tagged/musicbrainz.flac");
        Files.copy(original, library.resolve("tagged/copy.flac"));

        ScanSummary rescan = scan(7);

        assertThat(rescan.counts().added()).isEqualTo(1);
        assertThat(rescan.counts().moved()).isZero();
        assertThat(track(original).id()).isNotEqualTo(track(library.resolve("tagged/copy.flac")).id());
    }

    @Test
    void theCache_isInvalidatedOncePerBatchThroughTheInvalidationTable() {
        ScanSummary summary = scan(5);

        long batches = (summary.counts().found() + 4) / 5;
        assertThat(cache.invalidations()).isBetween(1L, batches);
        assertThat(cache.invalidatedQueryNames()).isEqualTo(Mutation.LIBRARY_RESCANNED.droppedQueryNames());
    }

    @Test
    void aScanStoppedMidway_leavesAConsistentCatalog_andTheNextScanFinishesTheWork() {
        ScanListener dying = new ScanListener() {
            int batches;

            @Override
            public void progress(ScanProgress progress) {
                if (progress.counts().added() > 0 && ++batches == 2) {
                    throw new IllegalStateException("killed");
                }
            }
        };

        assertThatThrownBy(() -> scanner(4).scan(ScanRequest.of(library), dying))
                .isInstanceOf(ScanFailedException.class);
        long stored = tracks.findAll(PageRequest.first(500)).total();
        assertThat(stored).isPositive().isLessThan(readable());
        assertThat(tracks.findByIds(tracks.findAll(PageRequest.first(500)).items()))
                .allSatisfy(track -> assertThat(track.artists()).isNotEmpty());

        ScanSummary next = scan(4);

        assertThat(next.counts().unchanged()).isEqualTo(stored);
        assertThat(next.counts().added()).isEqualTo(readable() - stored);
        assertThat(tracks.findAll(PageRequest.first(500)).total()).isEqualTo(readable());
    }

    @Test
    void anEmptyLibraryDirectory_removesNothing_itIsMoreLikelyUnmounted() throws IOException {
        scan(50);
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        Files.move(library, dir.resolve("unmounted"));
        Files.createDirectories(library);

        ScanSummary rescan = scanner(50).scan(ScanRequest.of(library), ScanListener.NONE);

        assertThat(rescan.counts().removed()).isZero();
        assertThat(rescan.failures()).singleElement()
                .satisfies(failure -> assertThat(failure.reason()).contains("nothing removed"));
        assertThat(tracks.findAll(PageRequest.first(1)).total()).isEqualTo(readable());
    }

    @Test
    void tagWriteBack_changesTheFile_andTheNextScanFindsItUnchanged() throws IOException {
        scan(50);
        Path file = library.resolve("unicode/Björk - Jóga.flac");
        Track before = track(file);
        Library plain = Library.create(tracks, albums, injector.getInstance(Artists.class),
                injector.getInstance(PlayHistory.class), cache, Clock.systemUTC());
        Library writing = TagWriteBack.enable(plain, injector.getInstance(AudioFiles.class), trackFiles);

        Optional<Track> updated = writing.updateTrack(before.id(),
                new TrackChanges("Jóga (Remaster)", null, null, null, null, null, 1998, null));

        assertThat(updated).map(Track::title).contains("Jóga (Remaster)");
        Track after = track(file);
        assertThat(after.fileSize()).isEqualTo(Files.size(file));
        assertThat(after.fileModifiedAt())
                .isEqualTo(Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MILLIS));
        ScanSummary rescan = scan(50);
        assertThat(rescan.counts().updated()).isZero();
        assertThat(rescan.counts().unchanged()).isEqualTo(readable());
        assertThat(track(file).title()).isEqualTo("Jóga (Remaster)");
        assertThat(track(file).year()).isEqualTo(1998);
    }
}
