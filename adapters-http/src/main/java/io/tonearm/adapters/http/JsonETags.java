package io.tonearm.adapters.http;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Weak entity tags of JSON answers, computed from their bytes: two answers of equal bytes have equal tags. Weak
 * ({@code W/"..."}) because an answer's bytes stand for the resource's state, not for one stored representation
 * (a gzip-compressed answer carries the same tag), and because the tag is a 64-bit checksum, not a cryptographic hash:
 * a collision would make a client keep an outdated answer until the next change.
 */
final class JsonETags {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonETags() {
    }

    /** @return the weak tag of these bytes: {@code W/"} then 16 hex digits (two different checksums) and {@code "} */
    static String weak(byte[] bytes) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes);
        CRC32 ieee = new CRC32();
        ieee.update(bytes);
        long value = castagnoli.getValue() << 32 | ieee.getValue();
        char[] tag = new char[20];
        tag[0] = 'W';
        tag[1] = '/';
        tag[2] = '"';
        for (int i = 0; i < 16; i++) {
            tag[18 - i] = HEX[(int) (value >>> (4 * i)) & 0xf];
        }
        tag[19] = '"';
        return new String(tag);
    }

    /**
     * @param ifNoneMatch the request's {@code If-None-Match}, or null
     * @param etag        the answer's tag
     * @return whether the client holds the answer already: {@code *}, or a listed tag equal to {@code etag} by the weak
     *     comparison of RFC 9110 (with or without {@code W/})
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
