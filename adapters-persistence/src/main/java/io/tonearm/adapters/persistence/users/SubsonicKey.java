package io.tonearm.adapters.persistence.users;

import io.tonearm.domain.InvalidValueException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key the users' Subsonic passwords are encrypted with (AES-GCM, a random nonce for every value, the
 * user's id authenticated with it so that a value copied to another user's row does not decrypt). Whoever has
 * this key and the database can read every Subsonic password: keep it out of database backups.
 */
public final class SubsonicKey {
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte VERSION = 1;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private SubsonicKey(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * @param base64 32 bytes in base64, as {@link #loadOrCreate} writes them
     * @return the key
     * @throws InvalidValueException naming {@code subsonic.key} if the text is not 32 bytes in base64
     */
    public static SubsonicKey of(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("subsonic.key", "subsonic.key must be 32 bytes in base64, such as the "
                    + "output of: openssl rand -base64 32");
        }
        if (bytes.length != KEY_BYTES) {
            throw new InvalidValueException("subsonic.key", "subsonic.key must be 32 bytes in base64 but has "
                    + bytes.length + " bytes");
        }
        return new SubsonicKey(bytes);
    }

    /**
     * Reads the key from the file, or creates the file with a new random key, readable by its owner only.
     *
     * @return the key
     * @throws UncheckedIOException if the file cannot be read or created
     * @throws InvalidValueException if the file does not hold a key
     */
    public static SubsonicKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(bytes);
                String text = Base64.getEncoder().encodeToString(bytes) + "\n";
                try {
                    create(file, text);
                } catch (FileAlreadyExistsException e) {
                    // another process made it at the same moment: read theirs below
                }
            }
            return of(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the Subsonic key " + file + ": " + e.getMessage(),
                    e);
        }
    }

    private static void create(Path file, String text) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        if (directory != null) {
            Files.createDirectories(directory); // a data directory used for the first time, with a server database
        }
        boolean posix = file.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** @return the password encrypted for the user's row */
    byte[] seal(long userId, String password) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(userId));
            byte[] sealed = cipher.doFinal(password.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES-GCM", e);
        }
    }

    /** @return the password, or empty if the value was not sealed with this key for this user */
    Optional<String> open(long userId, byte[] value) {
        if (value.length < 1 + NONCE_BYTES + TAG_BITS / 8 || value[0] != VERSION) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, value, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData(userId));
            byte[] plain = cipher.doFinal(value, 1 + NONCE_BYTES, value.length - 1 - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES-GCM", e);
        }
    }

    private static byte[] associatedData(long userId) {
        return ("tonearm subsonic password of user " + userId).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "SubsonicKey[hidden]";
    }
}
