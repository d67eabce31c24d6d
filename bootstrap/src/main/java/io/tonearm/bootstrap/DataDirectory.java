package io.tonearm.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Tonearm's own files ({@code data-dir}): a directory only its owner may read, as it holds the catalog. */
final class DataDirectory {
    private DataDirectory() {
    }

    /** Creates the directory, mode 0700, if it does not exist; an existing one is left as it is. */
    static void create(Path dataDir) {
        if (Files.isDirectory(dataDir)) {
            return;
        }
        try {
            Path parent = dataDir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectory(dataDir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(dataDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the data directory " + dataDir + ": " + e.getMessage(),
                    e);
        }
    }
}
