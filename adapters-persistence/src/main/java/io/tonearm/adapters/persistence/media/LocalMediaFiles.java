package io.tonearm.adapters.persistence.media;

import io.tonearm.domain.AudioFile;
import io.tonearm.domain.media.MediaFiles;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The catalog's paths on the local file system. Facts are read the way a scan reads them (links followed,
 * modification time to the millisecond), so that an unchanged file compares equal to the catalog's entry.
 */
final class LocalMediaFiles implements MediaFiles {

    @Inject
    LocalMediaFiles() {
    }

    @Override
    public Optional<AudioFile> inspect(String path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(Path.of(path), BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new AudioFile(path, attributes.size(),
                    attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS)));
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty(); // gone, or unreadable: either way there is nothing to send
        }
    }

    @Override
    public FileChannel open(String path) throws IOException {
        try {
            return FileChannel.open(Path.of(path), StandardOpenOption.READ);
        } catch (InvalidPathException | SecurityException e) {
            throw new IOException("cannot open " + path + ": " + e.getMessage(), e);
        }
    }
}
