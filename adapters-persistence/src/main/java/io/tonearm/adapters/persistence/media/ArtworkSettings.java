package io.tonearm.adapters.persistence.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How cover art is found and kept.
 *
 * @param cacheDirectory where found and scaled covers are kept (created when first needed)
 * @param files          the names of a directory's cover image, in the order they are looked for, ignoring case;
 *                       {@code cover.*} is {@code cover} with any image extension
 * @param maxPixels      an image whose header declares more pixels is refused before it is decoded
 */
public record ArtworkSettings(Path cacheDirectory, List<String> files, long maxPixels) {
    /** The names looked for by default. */
    public static final List<String> DEFAULT_FILES = List.of("cover.*", "folder.*", "front.*", "album.*");
    /** 50 megapixels: a 7000 x 7000 scan, decoded in about 200 MB. */
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;

    /** @throws IllegalArgumentException if a name is blank or the pixel limit is not positive */
    public ArtworkSettings {
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        files = files.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        if (files.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("artwork.files must not contain a blank name");
        }
        if (maxPixels < 1) {
            throw new IllegalArgumentException("artwork.max-pixels must be positive but was " + maxPixels);
        }
    }

    /** @return the defaults, keeping covers in {@code cacheDirectory} */
    public static ArtworkSettings defaults(Path cacheDirectory) {
        return new ArtworkSettings(cacheDirectory, DEFAULT_FILES, DEFAULT_MAX_PIXELS);
    }
}
