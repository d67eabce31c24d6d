package io.tonearm.adapters.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where the embedded MariaDB puts its Unix socket: a short directory of its own under the system's temporary
 * directory, named after a hash of the database's home. A Unix socket path is limited to 107 bytes, so the
 * socket cannot live beside the data, whose path may be of any length.
 */
final class SocketDirectory {
    /** Leaves room under the 107-byte limit of a socket path. */
    static final int MAX_SOCKET_PATH = 100;
    static final String SOCKET_NAME = "mariadb.sock";

    private SocketDirectory() {
    }

    /**
     * @param home the embedded database's home, of any length
     * @return the socket's path, in a directory created readable by this user only; the same for the same home
     * @throws IOException if the directory cannot be made, or exists but belongs to someone else
     */
    static Path socketFor(Path home) throws IOException {
        Path directory = directoryFor(home);
        if (Files.isSymbolicLink(directory)) {
            throw new IOException(directory + " is a symbolic link, not the embedded MariaDB's own directory");
        }
        OwnerOnlyFiles.directory(directory);
        String owner = Files.getOwner(directory, LinkOption.NOFOLLOW_LINKS).getName();
        if (!owner.equals(System.getProperty("user.name"))) {
            throw new IOException(directory + " belongs to " + owner + ", not to " + System.getProperty("user.name"));
        }
        return directory.resolve(SOCKET_NAME);
    }

    static Path directoryFor(Path home) {
        String name = "tonearm-" + user() + "-" + hash(home.toAbsolutePath().normalize().toString());
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        if (base.resolve(name).resolve(SOCKET_NAME).toAbsolutePath().toString().length() > MAX_SOCKET_PATH) {
            base = Path.of("/tmp");
        }
        return base.resolve(name).toAbsolutePath();
    }

    private static String user() {
        String user = System.getProperty("user.name", "user").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return user.isEmpty() ? "user" : user.substring(0, Math.min(user.length(), 16));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
