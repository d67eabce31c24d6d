package io.tonearm.adapters.persistence.media;

import io.tonearm.adapters.persistence.Mp3HeaderLock;
import io.tonearm.domain.media.CoverFile;
import io.tonearm.domain.media.FolderCovers;
import io.tonearm.domain.media.UnusableCoverException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.images.Artwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cover art from the audio file's embedded picture, else its directory's cover image, scaled and kept in a disk
 * cache. The cache key is made of the audio file's path, size and time, the directory image's (if any) and the
 * size asked for, so a changed file or a new {@code cover.jpg} makes a new entry; finding nothing and finding
 * something unusable are kept too ({@code .none}, {@code .bad}), so a bad image is warned about once.
 */
final class DiskArtwork implements io.tonearm.domain.media.Artwork, FolderCovers {
    private static final Logger LOG = LoggerFactory.getLogger(DiskArtwork.class);
    private static final List<String> IMAGE_EXTENSIONS = List.of("jpg", "jpeg", "png", "gif", "bmp");
    private static final List<String> KEPT = List.of("jpg", "png", "gif");
    /** A cover image file larger than this is not read. */
    private static final long MAX_IMAGE_BYTES = 64L * 1024 * 1024;

    private final ArtworkSettings settings;
    private final CoverImages images;
    /** Decoding takes up to maxPixels x 4 bytes of heap: two at a time at most. */
    private final Semaphore decoding = new Semaphore(2);

    @Inject
    DiskArtwork(ArtworkSettings settings) {
        this.settings = settings;
        this.images = new CoverImages(settings.maxPixels());
    }

    @Override
    public Optional<CoverFile> findCover(String audioPath, int maxSize) {
        Path audio = Path.of(audioPath);
        Optional<BasicFileAttributes> audioFacts = facts(audio);
        if (audioFacts.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> folderImage = folderImage(audio.getParent());
        String key = key(audio, audioFacts.get(), folderImage, maxSize);
        Path directory = settings.cacheDirectory();
        Optional<CoverFile> cached = cached(directory, key);
        if (cached.isPresent()) {
            return cached;
        }
        if (Files.exists(directory.resolve(key + ".none"))) {
            return Optional.empty();
        }
        if (Files.exists(directory.resolve(key + ".bad"))) {
            throw new UnusableCoverException(read(directory.resolve(key + ".bad")));
        }
        return create(directory, key, audio, folderImage, maxSize);
    }

    @Override
    public Optional<CoverFile> findCover(String source, Supplier<Optional<byte[]>> image, int maxSize) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(image, "image");
        String key = key(source + "|size=" + maxSize);
        Path directory = settings.cacheDirectory();
        Optional<CoverFile> cached = cached(directory, key);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<byte[]> bytes = image.get();
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        if (bytes.get().length > MAX_IMAGE_BYTES) {
            throw new UnusableCoverException("the image " + source + " is larger than " + MAX_IMAGE_BYTES + " bytes");
        }
        CoverImages.Encoded encoded;
        decoding.acquireUninterruptibly();
        try {
            encoded = images.prepare(bytes.get(), maxSize, "the image " + source);
        } finally {
            decoding.release();
        }
        Path file = write(directory, key + "." + encoded.extension(), encoded.bytes());
        return Optional.of(coverFile(file, encoded.extension()));
    }

    private Optional<CoverFile> create(Path directory, String key, Path audio, Optional<Path> folderImage,
                                       int maxSize) {
        byte[] source;
        String name;
        Optional<byte[]> embedded = embedded(audio);
        if (embedded.isPresent()) {
            source = embedded.get();
            name = "the picture embedded in " + audio;
        } else if (folderImage.isPresent()) {
            name = folderImage.get().toString();
            try {
                if (Files.size(folderImage.get()) > MAX_IMAGE_BYTES) {
                    return bad(directory, key, name + " is larger than " + MAX_IMAGE_BYTES + " bytes");
                }
                source = Files.readAllBytes(folderImage.get());
            } catch (IOException e) {
                return bad(directory, key, name + " cannot be read: " + e.getMessage());
            }
        } else {
            write(directory, key + ".none", new byte[0]);
            return Optional.empty();
        }
        CoverImages.Encoded encoded;
        decoding.acquireUninterruptibly();
        try {
            encoded = images.prepare(source, maxSize, name);
        } catch (UnusableCoverException e) {
            return bad(directory, key, e.getMessage().substring("no usable cover: ".length()));
        } finally {
            decoding.release();
        }
        Path file = write(directory, key + "." + encoded.extension(), encoded.bytes());
        return Optional.of(coverFile(file, encoded.extension()));
    }

    private Optional<CoverFile> bad(Path directory, String key, String reason) {
        LOG.warn("no usable cover: {}", reason);
        write(directory, key + ".bad", reason.getBytes(StandardCharsets.UTF_8));
        throw new UnusableCoverException(reason);
    }

    /** @return the embedded picture's bytes; empty when the file has none or jaudiotagger cannot read it */
    private static Optional<byte[]> embedded(Path audio) {
        try {
            Tag tag = Mp3HeaderLock.read(audio.toFile()).getTag();
            Artwork picture = tag == null ? null : tag.getFirstArtwork();
            if (picture == null || picture.isLinked() || picture.getBinaryData() == null
                    || picture.getBinaryData().length == 0) {
                return Optional.empty();
            }
            return Optional.of(picture.getBinaryData());
        } catch (Exception e) { // jaudiotagger throws anything for a file it cannot read: the folder may still have one
            return Optional.empty();
        }
    }

    @Override
    public boolean hasCoverImage(String directory) {
        Objects.requireNonNull(directory, "directory");
        return !directory.isEmpty() && folderImage(Path.of(directory)).isPresent();
    }

    /**
     * @return the directory's first cover image by the configured names, ignoring case; one listing of names, and a
     *     look at the attributes of the names that match only (a scan asks this of every directory)
     */
    private Optional<Path> folderImage(Path directory) {
        if (directory == null) {
            return Optional.empty();
        }
        List<Path> entries;
        try (Stream<Path> listed = Files.list(directory)) {
            entries = listed.sorted().toList();
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return Optional.empty();
        }
        for (String wanted : settings.files()) {
            for (Path entry : entries) {
                if (matches(entry.getFileName().toString().toLowerCase(Locale.ROOT), wanted)
                        && Files.isRegularFile(entry)) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String name, String wanted) {
        if (!wanted.endsWith(".*")) {
            return name.equals(wanted);
        }
        String base = wanted.substring(0, wanted.length() - 1);
        return name.startsWith(base) && IMAGE_EXTENSIONS.contains(name.substring(base.length()));
    }

    private static String key(Path audio, BasicFileAttributes audioFacts, Optional<Path> folderImage, int maxSize) {
        StringBuilder identity = new StringBuilder().append(audio).append('|').append(audioFacts.size()).append('|')
                .append(audioFacts.lastModifiedTime().toMillis());
        folderImage.ifPresent(image -> {
            identity.append('|').append(image);
            facts(image).ifPresent(f -> identity.append('|').append(f.size()).append('|')
                    .append(f.lastModifiedTime().toMillis()));
        });
        identity.append("|size=").append(maxSize);
        return key(identity.toString());
    }

    /** @return the cache file name of an image's identity: 40 hex digits of its SHA-256 */
    private static String key(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static Optional<CoverFile> cached(Path directory, String key) {
        for (String extension : KEPT) {
            Path file = directory.resolve(key + "." + extension);
            if (Files.isRegularFile(file)) {
                return Optional.of(coverFile(file, extension));
            }
        }
        return Optional.empty();
    }

    private static CoverFile coverFile(Path file, String extension) {
        BasicFileAttributes facts = facts(file).orElseThrow(() -> new UncheckedIOException(
                new IOException("the cached cover " + file + " vanished")));
        String type = switch (extension) {
            case "jpg" -> "image/jpeg";
            case "png" -> "image/png";
            default -> "image/gif";
        };
        return new CoverFile(file.toString(), type, facts.size(), facts.lastModifiedTime().toInstant());
    }

    private static Optional<BasicFileAttributes> facts(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? Optional.of(attributes) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Writes the file whole under its final name, so that a reader never sees half of it. */
    private static Path write(Path directory, String name, byte[] bytes) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".writing-", ".tmp");
            Files.write(temporary, bytes);
            Path target = directory.resolve(name);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cover cache in " + directory, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "an image found earlier could not be used";
        }
    }
}
