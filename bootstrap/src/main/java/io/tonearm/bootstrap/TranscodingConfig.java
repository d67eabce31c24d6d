package io.tonearm.bootstrap;

import java.time.Duration;

/**
 * The {@code transcoding} section: ffmpeg and the transcode cache (kept in {@code <data-dir>/cache/transcodes}).
 *
 * @param ffmpeg        the ffmpeg executable: a name on the PATH or a path
 * @param cacheSize     the most bytes of finished transcodes kept
 * @param maxConcurrent the most ffmpeg processes at once; 0 for one per core
 * @param slotWait      how long a new transcode waits for a free process before it is refused (503)
 */
record TranscodingConfig(String ffmpeg, long cacheSize, int maxConcurrent, Duration slotWait) {
    static final int MAX_CONCURRENT = 256;

    /** @throws InvalidConfigurationException naming every invalid field */
    TranscodingConfig {
        String executable = ffmpeg;
        new ConfigProblems()
                .require(executable != null && !executable.isBlank(), () -> "transcoding.ffmpeg must not be blank")
                .require(cacheSize >= 0, () -> "transcoding.cache-size must be >= 0 but was " + cacheSize)
                .require(maxConcurrent >= 0 && maxConcurrent <= MAX_CONCURRENT,
                        () -> "transcoding.max-concurrent must be 0 (one per core) to " + MAX_CONCURRENT + " but was "
                                + maxConcurrent)
                .require(!slotWait.isNegative(), () -> "transcoding.slot-wait must be >= 0 but was " + slotWait)
                .throwIfAny();
    }

    /** @return the number of ffmpeg processes allowed at once: as configured, or one per core */
    int effectiveMaxConcurrent() {
        return maxConcurrent > 0 ? maxConcurrent : Runtime.getRuntime().availableProcessors();
    }
}
