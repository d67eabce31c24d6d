package io.tonearm.application.listening;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.Library;
import io.tonearm.application.fakes.InMemoryCatalog;
import io.tonearm.application.fakes.InMemoryMediaFiles;
import io.tonearm.application.fakes.InMemoryQueryCache;
import io.tonearm.application.fakes.TestClock;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.media.MediaGoneException;
import io.tonearm.domain.media.TrackMedia;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Streams reach a file only through the catalog, and only while the file is the one the scan read. */
class TrackStreamsTest {
    private static final Instant SCANNED = Instant.parse("2024-01-01T00:00:00Z");

    private final TestClock clock = TestClock.standing();
    private final InMemoryCatalog catalog = new InMemoryCatalog(clock);
    private final Library library = Library.create(catalog, catalog.albums(), catalog.artists(), catalog,
            new InMemoryQueryCache(), clock);
    private final InMemoryMediaFiles files = new InMemoryMediaFiles();
    private final TrackStreams streams = TrackStreams.create(library, files);

    private Track scanned(String path, long size) {
        Track track = catalog.add(aTrack().path(path).file(size, SCANNED).build());
        files.put(path, size, SCANNED);
        return track;
    }

    @Test
    void aTrackWhoseFileIsAsScanned_givesItsMedia() {
        Track track = scanned("/music/a b/01 Song.flac", 1234);

        TrackMedia media = streams.getTrackMedia(track.id()).orElseThrow();

        assertThat(media).isEqualTo(new TrackMedia(track.id(), "/music/a b/01 Song.flac", 1234, SCANNED));
        assertThat(streams.getStaleTracks()).isEmpty();
    }

    @Test
    void anUnknownTrack_givesNothing() {
        assertThat(streams.getTrackMedia(TrackId.of(999))).isEmpty();
        assertThat(streams.getStaleTracks()).isEmpty();
    }

    @Test
    void aVanishedFile_isRefused_andRememberedForTheNextScan() {
        Track track = scanned("/music/gone.flac", 10);
        files.remove("/music/gone.flac");

        assertThatThrownBy(() -> streams.getTrackMedia(track.id())).isInstanceOfSatisfying(MediaGoneException.class,
                e -> {
                    assertThat(e.track()).isEqualTo(track.id());
                    assertThat(e.reason()).isEqualTo(MediaGoneException.Reason.VANISHED);
                });
        assertThat(streams.getStaleTracks()).containsExactly(track.id());
    }

    @Test
    void aScanOfTheStaleTracksDirectory_takesThemOffTheCount_aScanElsewhereDoesNot() {
        Track gone = scanned("/music/a/gone.flac", 10);
        Track changed = scanned("/music/b/changed.flac", 10);
        files.remove("/music/a/gone.flac");
        files.put("/music/b/changed.flac", 11, SCANNED);
        assertThatThrownBy(() -> streams.getTrackMedia(gone.id())).isInstanceOf(MediaGoneException.class);
        assertThatThrownBy(() -> streams.getTrackMedia(changed.id())).isInstanceOf(MediaGoneException.class);
        assertThat(streams.countStaleTracks()).isEqualTo(2);

        streams.scanned(Path.of("/music/a"));
        assertThat(streams.getStaleTracks()).containsExactly(changed.id());
        streams.scanned(Path.of("/music/bb")); // named alike, another directory
        assertThat(streams.countStaleTracks()).isEqualTo(1);
        streams.scanned(Path.of("/music"));
        assertThat(streams.countStaleTracks()).isZero();
    }

    @Test
    void aFileOfAnotherSize_isRefusedAsChanged() {
        Track track = scanned("/music/changed.flac", 10);
        files.put("/music/changed.flac", 11, SCANNED);

        assertThatThrownBy(() -> streams.getTrackMedia(track.id())).isInstanceOfSatisfying(MediaGoneException.class,
                e -> assertThat(e.reason()).isEqualTo(MediaGoneException.Reason.CHANGED));
        assertThat(streams.getStaleTracks()).containsExactly(track.id());
    }

    @Test
    void aFileWithAnotherTime_isRefusedAsChanged() {
        Track track = scanned("/music/touched.flac", 10);
        files.put("/music/touched.flac", 10, SCANNED.plusMillis(1));

        assertThatThrownBy(() -> streams.getTrackMedia(track.id())).isInstanceOfSatisfying(MediaGoneException.class,
                e -> assertThat(e.reason()).isEqualTo(MediaGoneException.Reason.CHANGED));
    }

    @Test
    void aTrackRefusedTwice_isRememberedOnce() {
        Track track = scanned("/music/twice.flac", 10);
        files.remove("/music/twice.flac");

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> streams.getTrackMedia(track.id())).isInstanceOf(MediaGoneException.class);
        }
        assertThat(streams.getStaleTracks()).containsExactly(track.id());
    }

    @Test
    void openingAFile_givesAChannelOfItsBytes() throws IOException {
        Track track = scanned("/music/open.flac", 300);
        TrackMedia media = streams.getTrackMedia(track.id()).orElseThrow();

        try (FileChannel channel = streams.openTrackMedia(media)) {
            assertThat(channel.isOpen()).isTrue();
            assertThat(channel.size()).isEqualTo(300);
        }
    }

    @Test
    void aFileRemovedBeforeOpening_isRefusedAsVanished() {
        Track track = scanned("/music/race.flac", 5);
        TrackMedia media = streams.getTrackMedia(track.id()).orElseThrow();
        files.remove("/music/race.flac");

        assertThatThrownBy(() -> streams.openTrackMedia(media)).isInstanceOfSatisfying(MediaGoneException.class,
                e -> assertThat(e.reason()).isEqualTo(MediaGoneException.Reason.VANISHED));
        assertThat(streams.getStaleTracks()).containsExactly(track.id());
    }

    @Test
    void aFileRewrittenBeforeOpening_isRefusedAsChanged_andItsChannelClosed() {
        Track track = scanned("/music/rewritten.flac", 5);
        TrackMedia media = streams.getTrackMedia(track.id()).orElseThrow();
        files.rewriteBeforeOpening("/music/rewritten.flac", 6);

        assertThatThrownBy(() -> streams.openTrackMedia(media)).isInstanceOfSatisfying(MediaGoneException.class,
                e -> assertThat(e.reason()).isEqualTo(MediaGoneException.Reason.CHANGED));
        assertThat(files.opened()).hasSize(1).allSatisfy(channel -> assertThat(channel.isOpen()).isFalse());
        assertThat(streams.getStaleTracks()).containsExactly(track.id());
    }

    @Test
    void staleTracks_areRememberedUpToTheLimit_andFurtherOnesStillRefused() {
        InMemoryMediaFiles none = new InMemoryMediaFiles();
        TrackStreams noFiles = new TrackStreamService(library, none, 3);
        for (int i = 0; i <= 3; i++) {
            Track track = catalog.add(aTrack().path("/music/many/" + i + ".flac").build());
            assertThatThrownBy(() -> noFiles.getTrackMedia(track.id())).isInstanceOf(MediaGoneException.class);
        }

        assertThat(noFiles.getStaleTracks()).hasSize(3);
    }

    @Test
    void staleTracks_areASnapshot() {
        Track track = scanned("/music/snap.flac", 5);
        var before = streams.getStaleTracks();
        files.remove("/music/snap.flac");
        assertThatThrownBy(() -> streams.getTrackMedia(track.id())).isInstanceOf(MediaGoneException.class);

        assertThat(before).isEmpty();
        assertThatThrownBy(() -> streams.getStaleTracks().add(TrackId.of(1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void creating_needsBothPorts() {
        assertThatThrownBy(() -> TrackStreams.create(null, files)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TrackStreams.create(library, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> streams.getTrackMedia(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> streams.openTrackMedia(null)).isInstanceOf(NullPointerException.class);
    }
}
