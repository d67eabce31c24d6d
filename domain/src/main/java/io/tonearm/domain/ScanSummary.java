package io.tonearm.domain;

import java.time.Duration;
import java.util.List;

/**
 * What a finished scan did.
 *
 * @param counts          the files found and what became of them
 * @param elapsed         how long the scan took
 * @param failures        the files that could not be read, with the reason, in the order met; at most
 *                        {@link #MAX_FAILURES_KEPT} of them
 * @param failuresOmitted how many further failures were counted but not kept, so that a library full of
 *                        broken files cannot exhaust memory
 */
public record ScanSummary(ScanCounts counts, Duration elapsed, List<FileFailure> failures, long failuresOmitted) {
    /** The most failures a summary keeps. */
    public static final int MAX_FAILURES_KEPT = 1000;

    /** @throws InvalidValueException if a part is missing, negative, or more failures are kept than allowed */
    public ScanSummary {
        Check.notNull("counts", counts);
        Check.notNull("elapsed", elapsed);
        failures = List.copyOf(Check.notNull("failures", failures));
        if (failures.size() > MAX_FAILURES_KEPT) {
            throw new InvalidValueException("failures",
                    "failures must keep at most " + MAX_FAILURES_KEPT + " but had " + failures.size());
        }
        Check.atLeast("failuresOmitted", failuresOmitted, 0);
    }

    /** @return files processed per second (0 if the scan took no measurable time) */
    public double filesPerSecond() {
        long millis = elapsed.toMillis();
        return millis == 0 ? 0 : counts.processed() * 1000.0 / millis;
    }
}
