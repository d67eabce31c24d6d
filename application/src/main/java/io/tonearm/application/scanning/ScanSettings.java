package io.tonearm.application.scanning;

import io.tonearm.domain.InvalidValueException;

/**
 * How a scanner works.
 *
 * @param readers   how many files are read at once, 1 to 64 (by default the number of cores)
 * @param batchSize how many files are written to the catalog per transaction (and per cache invalidation),
 *                  1 to {@link io.tonearm.application.TrackCommands#MAX_BATCH}
 */
public record ScanSettings(int readers, int batchSize) {
    /** Files per transaction by default: large enough to amortize a commit, small enough to lose little. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    /** @throws InvalidValueException naming {@code readers} or {@code batchSize} if out of range */
    public ScanSettings {
        if (readers < 1 || readers > 64) {
            throw new InvalidValueException("readers", "readers must be between 1 and 64 but was " + readers);
        }
        if (batchSize < 1 || batchSize > io.tonearm.application.TrackCommands.MAX_BATCH) {
            throw new InvalidValueException("batchSize", "batchSize must be between 1 and "
                    + io.tonearm.application.TrackCommands.MAX_BATCH + " but was " + batchSize);
        }
    }

    /** @return one reader per core and batches of {@value #DEFAULT_BATCH_SIZE} */
    public static ScanSettings defaults() {
        return new ScanSettings(Math.min(64, Runtime.getRuntime().availableProcessors()), DEFAULT_BATCH_SIZE);
    }
}
