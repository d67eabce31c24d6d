package io.tonearm.application.scanning;

import io.tonearm.application.InvalidationListener;
import io.tonearm.domain.ScanSummary;
import io.tonearm.domain.media.FolderCovers;
import io.tonearm.domain.port.AudioFiles;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.TrackFiles;
import io.tonearm.domain.port.Tracks;
import java.util.Objects;

/** The scanner: each scan is a {@link ScanRun} of its own, so scans share no state. */
final class ParallelLibraryScanner implements LibraryScanner {
    private final AudioFiles files;
    private final Tracks tracks;
    private final TrackFiles trackFiles;
    private final QueryCache cache;
    private final ChangeLog changes;
    private final FolderCovers folderCovers;
    private final ScanSettings settings;
    private final InvalidationListener invalidations;

    ParallelLibraryScanner(AudioFiles files, Tracks tracks, TrackFiles trackFiles, QueryCache cache,
                           ScanSettings settings) {
        this(files, tracks, trackFiles, cache, ChangeLog.NONE, FolderCovers.NONE, InvalidationListener.NONE, settings);
    }

    ParallelLibraryScanner(AudioFiles files, Tracks tracks, TrackFiles trackFiles, QueryCache cache,
                           ChangeLog changes, FolderCovers folderCovers, InvalidationListener invalidations,
                           ScanSettings settings) {
        this.invalidations = invalidations;
        this.files = files;
        this.tracks = tracks;
        this.trackFiles = trackFiles;
        this.cache = cache;
        this.changes = changes;
        this.folderCovers = folderCovers;
        this.settings = settings;
    }

    @Override
    public ScanSummary scan(ScanRequest request, ScanListener listener) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(listener, "listener");
        return new ScanRun(files, tracks, trackFiles, cache, changes, folderCovers, invalidations, settings, request,
                listener).run();
    }
}
