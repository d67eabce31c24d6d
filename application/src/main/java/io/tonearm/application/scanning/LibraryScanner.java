package io.tonearm.application.scanning;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.application.InvalidationListener;
import io.tonearm.domain.ScanSummary;
import io.tonearm.domain.media.FolderCovers;
import io.tonearm.domain.port.AudioFiles;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.TrackFiles;
import io.tonearm.domain.port.Tracks;
import java.util.Objects;

/**
 * Takes a directory of audio files into the catalog.
 *
 * <p>A scan walks the directory, reads the tags of new and changed files (size or modification time differ
 * from the catalog's) on several threads, and writes them in batches, one transaction each, invalidating the
 * query cache once per batch (row {@code LIBRARY_RESCANNED} of the invalidation table). A new file with the
 * size and tags of a known track whose file is gone is that track, moved: it keeps its id, favorite flag and
 * plays. When the walk is complete, tracks under the directory whose files were not found are removed, with
 * albums and artists left empty. Killed half way, a scan leaves a consistent catalog (each batch is all or
 * nothing, removal happens only after a complete walk); the next scan finishes the work.
 */
public interface LibraryScanner {

    /**
     * Scans a directory. Files that cannot be read are reported to the listener and in the summary; they never
     * stop the scan. Their tracks, if the catalog had them, are kept.
     *
     * @return what the scan did
     * @throws InvalidValueException naming {@code root} if it is not a readable directory
     * @throws ScanFailedException if the catalog could not be written (nothing of the failed batch is)
     */
    ScanSummary scan(ScanRequest request, ScanListener listener);

    /**
     * Creates a scanner on top of the given ports.
     *
     * @return the scanner; it keeps no state between scans
     */
    static LibraryScanner create(AudioFiles files, Tracks tracks, TrackFiles trackFiles, QueryCache cache,
                                 ScanSettings settings) {
        return new ParallelLibraryScanner(Objects.requireNonNull(files, "files"),
                Objects.requireNonNull(tracks, "tracks"), Objects.requireNonNull(trackFiles, "trackFiles"),
                Objects.requireNonNull(cache, "cache"), Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Creates a scanner on top of the given ports whose every batch is also written into {@code changes}, in the
     * batch's transactions, so that other processes sharing the catalog drop what it made stale.
     *
     * @return the scanner; it keeps no state between scans
     */
    static LibraryScanner create(AudioFiles files, Tracks tracks, TrackFiles trackFiles, QueryCache cache,
                                 ChangeLog changes, ScanSettings settings) {
        return create(files, tracks, trackFiles, cache, changes, FolderCovers.NONE, settings);
    }

    /**
     * Creates a scanner as {@link #create(AudioFiles, Tracks, TrackFiles, QueryCache, ChangeLog, ScanSettings)}
     * that also records, per directory, whether it holds a cover image: a rescan that finds one added or removed
     * changes the tracks' cover fact even if none of their files changed (row {@code FOLDER_IMAGE_CHANGED}).
     *
     * @return the scanner; it keeps no state between scans
     */
    static LibraryScanner create(AudioFiles files, Tracks tracks, TrackFiles trackFiles, QueryCache cache,
                                 ChangeLog changes, FolderCovers folderCovers, ScanSettings settings) {
        return create(files, tracks, trackFiles, cache, changes, folderCovers, InvalidationListener.NONE, settings);
    }

    /**
     * Creates a scanner as {@link #create(AudioFiles, Tracks, TrackFiles, QueryCache, ChangeLog, FolderCovers,
     * ScanSettings)} that also tells {@code invalidations} of every batch's invalidation once applied.
     *
     * @return the scanner; it keeps no state between scans
     */
    static LibraryScanner create(AudioFiles files, Tracks tracks, TrackFiles trackFiles, QueryCache cache,
                                 ChangeLog changes, FolderCovers folderCovers, InvalidationListener invalidations,
                                 ScanSettings settings) {
        return new ParallelLibraryScanner(Objects.requireNonNull(files, "files"),
                Objects.requireNonNull(tracks, "tracks"), Objects.requireNonNull(trackFiles, "trackFiles"),
                Objects.requireNonNull(cache, "cache"), Objects.requireNonNull(changes, "changes"),
                Objects.requireNonNull(folderCovers, "folderCovers"),
                Objects.requireNonNull(invalidations, "invalidations"), Objects.requireNonNull(settings, "settings"));
    }
}
