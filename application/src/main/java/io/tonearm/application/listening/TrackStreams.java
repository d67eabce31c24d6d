package io.tonearm.application.listening;

import io.tonearm.application.TrackQueries;
import io.tonearm.application.scanning.StaleTracks;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.media.MediaFiles;
import io.tonearm.domain.media.MediaGoneException;
import io.tonearm.domain.media.TrackMedia;
import java.nio.channels.FileChannel;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A catalog track's audio file, to stream or download. Only ids of the catalog lead to a file, and a file is
 * sent only while it is the one the last scan read (same size and modification time): a file that vanished or
 * changed since is refused and remembered until the next scan of its directory brings the catalog up to date
 * ({@link StaleTracks}: counted in the scans' {@link io.tonearm.application.scanning.LibraryScans#staleTracks()}).
 */
public interface TrackStreams extends StaleTracks {

    /** The most stale tracks remembered; further ones are still refused. */
    int MAX_STALE_REMEMBERED = 10_000;

    /**
     * @return the track's file as it is on disk now, or empty if the catalog has no such track
     * @throws MediaGoneException if the file has vanished or changed since the scan; the track is then among
     *     {@link #getStaleTracks()}
     */
    Optional<TrackMedia> getTrackMedia(TrackId id);

    /**
     * Opens the file of a track found by {@link #getTrackMedia}, for reading; the caller closes it.
     *
     * @throws MediaGoneException if the file cannot be opened any more, or is no longer of the size found; the
     *     track is then among {@link #getStaleTracks()}
     */
    FileChannel openTrackMedia(TrackMedia media);

    /**
     * @return the tracks whose file was found vanished or changed when asked for (at most
     *     {@link #MAX_STALE_REMEMBERED}), for the next scan: a rescan rereads changed files and drops vanished
     *     ones
     */
    Set<TrackId> getStaleTracks();

    /**
     * Creates the use case.
     *
     * @param tracks the catalog's track lookups (through the query cache)
     * @param files  reads the audio files
     * @return the use case
     */
    static TrackStreams create(TrackQueries tracks, MediaFiles files) {
        return new TrackStreamService(Objects.requireNonNull(tracks, "tracks"), Objects.requireNonNull(files, "files"));
    }
}
