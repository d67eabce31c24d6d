package io.tonearm.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.tonearm.application.InvalidationListener;
import io.tonearm.application.listening.TrackStreams;
import io.tonearm.application.scanning.LibraryScanner;
import io.tonearm.application.scanning.LibraryScans;
import io.tonearm.application.scanning.ScanSettings;
import io.tonearm.domain.media.FolderCovers;
import io.tonearm.domain.port.AudioFiles;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.TrackFiles;
import io.tonearm.domain.port.Tracks;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Binds scanning: the scanner over the catalog's ports and the library's audio files (both bound by
 * {@link io.tonearm.adapters.persistence.PersistenceModule}) and their directories' cover images (bound by
 * {@link io.tonearm.adapters.persistence.media.MediaModule}), and the background scans of the HTTP API, limited
 * to the configured library directories.
 */
final class ScanningModule extends AbstractModule {
    private final LibraryConfig library;

    /** @param library the {@code library} section of the configuration */
    ScanningModule(LibraryConfig library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    @Provides
    @Singleton
    LibraryScanner scanner(AudioFiles files, Tracks tracks, TrackFiles trackFiles, QueryCache cache,
                           ChangeLog changes, FolderCovers folderCovers, Optional<InvalidationListener> invalidations) {
        return LibraryScanner.create(files, tracks, trackFiles, cache, changes, folderCovers,
                invalidations.orElse(InvalidationListener.NONE),
                new ScanSettings(library.effectiveReaders(), library.scanBatchSize()));
    }

    @Provides
    @Singleton
    LibraryScans scans(LibraryScanner scanner, Clock clock, TrackStreams streams) {
        // the tracks a stream found vanished or changed are counted until a scan of their directory
        return LibraryScans.create(scanner, library.roots(), clock, streams);
    }
}
