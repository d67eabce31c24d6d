package io.tonearm.adapters.persistence;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Directories and files that only their owner may read: the embedded database's home (0700) and its secrets
 * (0600). On a file system without POSIX permissions the modes are left as they are.
 */
final class OwnerOnlyFiles {
    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyFiles.class);
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnlyFiles() {
    }

    /**
     * Creates the directory (and missing parents) readable by its owner only, or takes an existing one's group and
     * other permissions away: it holds the catalog, password hashes included.
     */
    static Path directory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Path parent = directory.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                Files.createDirectory(directory, attributes(DIRECTORY));
            } catch (FileAlreadyExistsException e) {
                // created in the meantime: tightened below
            }
        }
        PosixFileAttributeView view = Files.getFileAttributeView(directory, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                view.setPermissions(DIRECTORY);
                LOG.info("{} was readable by others: its mode is now 0700", directory);
            }
        }
        return directory;
    }

    /** Writes the file, mode 0600 from its creation on, replacing it whole (a reader never sees half of it). */
    static void write(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        Files.writeString(Files.createFile(temporary, attributes(FILE)), content, StandardOpenOption.WRITE);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Refuses a secret file that others may read, as ssh does with a private key.
     *
     * @throws InsecureFileException saying which file and the {@code chmod} that fixes it
     */
    static void requireOwnerOnly(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null && view.readAttributes().permissions().stream().anyMatch(OTHERS::contains)) {
            throw new InsecureFileException(file, PosixFilePermissions.toString(view.readAttributes().permissions()));
        }
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
        boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    /** A secret file that others can read. */
    static final class InsecureFileException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        InsecureFileException(Path file, String permissions) {
            super("permissions " + permissions + " of " + file + " are too open: it holds a password, so nobody but "
                    + "its owner may read it; run: chmod 600 " + file);
        }
    }
}
