package io.tonearm.adapters.persistence.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How tracks are transcoded.
 *
 * @param ffmpeg         the ffmpeg executable: a name looked up on the PATH, or a path
 * @param cacheDirectory where finished transcodes are kept
 * @param cacheSize      the most bytes kept; the least recently used transcodes go first
 * @param maxConcurrent  the most ffmpeg processes at once
 * @param slotWait       how long a new transcode waits for a free slot before it is refused (503)
 */
public record TranscodingSettings(String ffmpeg, Path cacheDirectory, long cacheSize, int maxConcurrent,
                                  Duration slotWait) {
    /** 1 GiB. */
    public static final long DEFAULT_CACHE_SIZE = 1L << 30;

    /** @throws IllegalArgumentException naming an invalid setting */
    public TranscodingSettings {
        Objects.requireNonNull(ffmpeg, "ffmpeg");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Objects.requireNonNull(slotWait, "slotWait");
        if (ffmpeg.isBlank()) {
            throw new IllegalArgumentException("transcoding.ffmpeg must not be blank");
        }
        if (cacheSize < 0) {
            throw new IllegalArgumentException("transcoding.cache-size must be >= 0 but was " + cacheSize);
        }
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("transcoding.max-concurrent must be positive but was " + maxConcurrent);
        }
    }

    /** @return {@code ffmpeg} on the PATH, 1 GiB kept in {@code cacheDirectory}, one process per core, 10 s wait */
    public static TranscodingSettings defaults(Path cacheDirectory) {
        return new TranscodingSettings("ffmpeg", cacheDirectory, DEFAULT_CACHE_SIZE,
                Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(10));
    }
}
