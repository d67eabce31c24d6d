package io.tonearm.application.listening;

import io.tonearm.application.TrackQueries;
import io.tonearm.domain.AudioFile;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.media.MediaFiles;
import io.tonearm.domain.media.MediaGoneException;
import io.tonearm.domain.media.TrackMedia;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Finds a track's file through the catalog and checks it against the scan's facts before anything is sent. */
final class TrackStreamService implements TrackStreams {
    private final TrackQueries tracks;
    private final MediaFiles files;
    private final int maxStale;
    /** The stale tracks with their file's path, to forget those a scan covered. */
    private final Map<TrackId, String> stale = new ConcurrentHashMap<>();

    TrackStreamService(TrackQueries tracks, MediaFiles files) {
        this(tracks, files, MAX_STALE_REMEMBERED);
    }

    /** @param maxStale how many stale tracks are remembered at most */
    TrackStreamService(TrackQueries tracks, MediaFiles files, int maxStale) {
        this.tracks = tracks;
        this.files = files;
        this.maxStale = maxStale;
    }

    @Override
    public Optional<TrackMedia> getTrackMedia(TrackId id) {
        Objects.requireNonNull(id, "id");
        Optional<Track> found = tracks.getTrack(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Track track = found.get();
        AudioFile onDisk = files.inspect(track.path())
                .orElseThrow(() -> gone(id, track.path(), MediaGoneException.Reason.VANISHED));
        if (!onDisk.sameAs(track.fileSize(), track.fileModifiedAt())) {
            throw gone(id, track.path(), MediaGoneException.Reason.CHANGED);
        }
        return Optional.of(new TrackMedia(id, track.path(), onDisk.size(), onDisk.modifiedAt()));
    }

    @Override
    public FileChannel openTrackMedia(TrackMedia media) {
        Objects.requireNonNull(media, "media");
        FileChannel channel;
        try {
            channel = files.open(media.path());
        } catch (IOException e) {
            throw gone(media.track(), media.path(), MediaGoneException.Reason.VANISHED);
        }
        try {
            if (channel.size() == media.size()) {
                return channel;
            }
        } catch (IOException e) {
            // unreadable after all: answered below like a changed file
        }
        close(channel);
        throw gone(media.track(), media.path(), MediaGoneException.Reason.CHANGED);
    }

    @Override
    public Set<TrackId> getStaleTracks() {
        return Set.copyOf(stale.keySet());
    }

    @Override
    public int countStaleTracks() {
        return stale.size();
    }

    @Override
    public void scanned(Path directory) {
        Path scanned = directory.toAbsolutePath().normalize();
        stale.values().removeIf(path -> below(path, scanned));
    }

    private static boolean below(String path, Path directory) {
        try {
            return Path.of(path).toAbsolutePath().normalize().startsWith(directory);
        } catch (InvalidPathException e) {
            return false; // not a path of this system: no scan here covers it
        }
    }

    private MediaGoneException gone(TrackId id, String path, MediaGoneException.Reason reason) {
        if (stale.size() < maxStale) {
            stale.put(id, path);
        }
        return new MediaGoneException(id, reason);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was read from it; a failed close of a read-only channel loses nothing
        }
    }
}
