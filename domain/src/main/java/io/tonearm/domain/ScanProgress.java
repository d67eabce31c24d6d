package io.tonearm.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a running scan stands.
 *
 * @param counts        what the scan has found and done so far
 * @param walkFinished  true once every file of the library has been found, so that {@code counts.found()}
 *                      is the final number of files
 * @param elapsed       time since the scan started
 */
public record ScanProgress(ScanCounts counts, boolean walkFinished, Duration elapsed) {
    /** @throws InvalidValueException if a part is missing or the elapsed time is negative */
    public ScanProgress {
        Check.notNull("counts", counts);
        Check.notNull("elapsed", elapsed);
        if (elapsed.isNegative()) {
            throw new InvalidValueException("elapsed", "elapsed must not be negative but was " + elapsed);
        }
    }

    /** @return files processed per second so far (0 before the first millisecond) */
    public double filesPerSecond() {
        long millis = elapsed.toMillis();
        return millis == 0 ? 0 : counts.processed() * 1000.0 / millis;
    }

    /** @return the estimated time left, once the walk has finished and the rate is known; otherwise empty */
    public Optional<Duration> remaining() {
        double rate = filesPerSecond();
        if (!walkFinished || rate == 0) {
            return Optional.empty();
        }
        long left = Math.max(0, counts.found() - counts.processed());
        return Optional.of(Duration.ofMillis((long) (left * 1000 / rate)));
    }
}
