package io.tonearm.application.scanning;

import io.tonearm.application.Library;
import io.tonearm.domain.port.AudioFiles;
import io.tonearm.domain.port.TrackFiles;
import java.util.Objects;

/**
 * Tag write-back, an opt-in feature (off by default): with it, changing a track's tags also writes them into
 * its audio file, atomically, and the catalog keeps the file's new size and modification time, so that the
 * next scan sees the file as unchanged.
 */
public final class TagWriteBack {
    private TagWriteBack() {
    }

    /**
     * @return a library whose {@code updateTrack} first writes the changed tags into the file (throwing
     *     {@link io.tonearm.domain.TagWriteException}, with nothing changed, if it cannot) and otherwise
     *     behaves as {@code library}
     */
    public static Library enable(Library library, AudioFiles files, TrackFiles trackFiles) {
        return new WriteBackLibrary(Objects.requireNonNull(library, "library"), Objects.requireNonNull(files, "files"),
                Objects.requireNonNull(trackFiles, "trackFiles"));
    }
}
