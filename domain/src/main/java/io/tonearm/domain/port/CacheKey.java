package io.tonearm.domain.port;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The arguments of one cached read, in a canonical text form: two reads with equal arguments have equal keys,
 * and no two different argument lists share one (each part is URL-encoded, then the parts joined by
 * {@code &}; null is written as {@code ~}).
 *
 * @param value the canonical text form
 */
public record CacheKey(String value) {
    /** The key of a read without arguments. */
    public static final CacheKey NONE = new CacheKey("");

    public CacheKey {
        Objects.requireNonNull(value, "value");
    }

    /** @return the key of a read with these arguments, in this order */
    public static CacheKey of(Object... parts) {
        if (parts.length == 1 && parts[0] instanceof Long id) {
            // a single id, the key of every by-id read (twenty of them for a page): URL-encoding leaves digits and
            // '-' as they are, so this is the same key without an encoder per read
            return new CacheKey(id.toString());
        }
        StringBuilder key = new StringBuilder(16 * parts.length);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                key.append('&');
            }
            Object part = parts[i];
            if (part == null) {
                key.append('~');
            } else if (part instanceof Long || part instanceof Integer) {
                key.append(part); // digits and '-': the same as encoded, without the encoder (a page's key per read)
            } else {
                key.append(URLEncoder.encode(String.valueOf(part), StandardCharsets.UTF_8));
            }
        }
        return new CacheKey(key.toString());
    }

    // by hand: the generated ones go through a method handle, and a remembered bulk read compares twenty keys
    @Override
    public boolean equals(Object other) {
        return other instanceof CacheKey that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
