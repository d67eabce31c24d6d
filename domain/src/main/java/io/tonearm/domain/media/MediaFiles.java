package io.tonearm.domain.media;

import io.tonearm.domain.AudioFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Optional;

/** The audio files of the catalog as bytes to send: what a file is now, and reading it. */
public interface MediaFiles {

    /**
     * @param path a path the catalog stores
     * @return the regular file at this path as it is now (its size, and its modification time to the millisecond,
     *     as a scan records it), or empty if there is none (removed, or replaced by a directory)
     */
    Optional<AudioFile> inspect(String path);

    /**
     * Opens the file for reading; the caller closes the channel.
     *
     * @throws IOException if it cannot be opened (removed since it was inspected, no permission)
     */
    FileChannel open(String path) throws IOException;
}
