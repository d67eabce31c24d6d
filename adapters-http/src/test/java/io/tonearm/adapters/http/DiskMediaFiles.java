package io.tonearm.adapters.http;

import io.tonearm.domain.AudioFile;
import io.tonearm.domain.media.MediaFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Real files for the routes' tests, read as the persistence adapter reads them (which this module cannot use). */
final class DiskMediaFiles implements MediaFiles {

    @Override
    public Optional<AudioFile> inspect(String path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(Path.of(path), BasicFileAttributes.class);
            return attributes.isRegularFile() ? Optional.of(new AudioFile(path, attributes.size(),
                    attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public FileChannel open(String path) throws IOException {
        return FileChannel.open(Path.of(path), StandardOpenOption.READ);
    }
}
