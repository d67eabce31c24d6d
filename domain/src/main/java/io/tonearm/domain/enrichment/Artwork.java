package io.tonearm.domain.enrichment;

import java.util.Arrays;
import java.util.Objects;

/**
 * An image as a service sent it.
 *
 * @param mediaType its media type, for example {@code image/jpeg}
 * @param bytes     the encoded image; not empty
 */
public record Artwork(String mediaType, byte[] bytes) {
    public Artwork {
        Objects.requireNonNull(mediaType, "mediaType");
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
        if (bytes.length == 0) {
            throw new IllegalArgumentException("an image has at least one byte");
        }
    }

    /** @return a copy of the encoded image */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Artwork that && mediaType.equals(that.mediaType) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Artwork[" + mediaType + ", " + bytes.length + " bytes]";
    }
}
