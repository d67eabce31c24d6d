package io.tonearm.domain.media;

import java.nio.channels.ReadableByteChannel;
import java.util.Objects;

/** A transcode to send: finished and kept as a file (sent with ranges), or being made (followed as it grows). */
public sealed interface Transcode permits Transcode.Kept, Transcode.Live {

    /** @return the media type of the transcoded bytes */
    String mediaType();

    /**
     * A finished transcode in the cache.
     *
     * @param path       the file
     * @param mediaType  its media type
     * @param size       its size in bytes
     * @param etag       a strong entity tag, quoted, naming the source file's facts, the format and the bit rate
     */
    record Kept(String path, String mediaType, long size, String etag) implements Transcode {
        /** @throws NullPointerException if a part is missing */
        public Kept {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(etag, "etag");
        }
    }

    /**
     * A transcode being made: its bytes from the start, as the encoder makes them; a read waits for more and ends
     * with the transcode. Closing it before the end leaves the transcode, which stops when nobody follows it.
     *
     * @param bytes     the bytes, to read and close
     * @param mediaType their media type
     */
    record Live(ReadableByteChannel bytes, String mediaType) implements Transcode {
        /** @throws NullPointerException if a part is missing */
        public Live {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(mediaType, "mediaType");
        }
    }
}
