package io.tonearm.adapters.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * An answer's JSON written ahead, with its weak entity tag and, once a client that accepts gzip asked for it, its
 * gzip form: what a kept answer hands to {@link ApiJson#respond(io.javalin.http.Context, int, JsonBody)} so that none
 * of them is computed again.
 */
final class JsonBody {
    private final byte[] bytes;
    private final String etag;
    /** Made on first use; a race makes it twice, the same bytes. */
    private volatile byte[] gzipped;

    private JsonBody(byte[] bytes, String etag) {
        this.bytes = bytes;
        this.etag = etag;
    }

    /** @return the bytes with their tag */
    static JsonBody of(byte[] bytes) {
        return new JsonBody(Objects.requireNonNull(bytes, "bytes"), JsonETags.weak(bytes));
    }

    /** @return the UTF-8 JSON; never changed once made */
    byte[] bytes() {
        return bytes;
    }

    /** @return {@link JsonETags#weak(byte[])} of {@link #bytes()} */
    String etag() {
        return etag;
    }

    /** @return {@link #bytes()} gzipped at {@link JavalinApiServer#GZIP_LEVEL} */
    byte[] gzipped() {
        byte[] made = gzipped;
        if (made == null) {
            made = gzip(bytes);
            gzipped = made;
        }
        return made;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream zip = new LeveledGzip(out)) {
            zip.write(bytes);
        } catch (IOException e) { // in memory: cannot happen
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final class LeveledGzip extends GZIPOutputStream {
        LeveledGzip(ByteArrayOutputStream out) throws IOException {
            super(out, 8192);
            def.setLevel(JavalinApiServer.GZIP_LEVEL);
        }
    }
}
