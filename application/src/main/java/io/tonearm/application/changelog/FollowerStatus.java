package io.tonearm.application.changelog;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a process stands in the change log.
 *
 * @param position            the highest position read so far (0 before the first read)
 * @param applied             rows of other processes applied to this process's cache since start
 * @param gaps                times this process dropped its whole own tier because it could not account for
 *                            a change (a position that stayed missing, or a subscription to the other processes'
 *                            invalidations that was lost and came back: {@code QueryCache#gaps()}), or stopped
 *                            answering from it (a log it could not read for longer than a result lives)
 * @param readFailures        reads of the log that failed since start
 * @param consecutiveFailures reads that failed since the last one that worked
 * @param lastRead            when the log was last read successfully, or null before the first read
 * @param lastGap             what the last gap was and what was done, or "" if there was none
 * @param lastFailure         why the last failed read failed, or "" if none did
 * @param ownTierTrusted      false while reads skip the process's own tier because the log has not been read for
 *                            longer than a result lives ({@link CoherenceSettings#trustFor()})
 */
public record FollowerStatus(long position, long applied, long gaps, long readFailures, int consecutiveFailures,
                             Instant lastRead, String lastGap, String lastFailure, boolean ownTierTrusted) {
    public FollowerStatus {
        Objects.requireNonNull(lastGap, "lastGap");
        Objects.requireNonNull(lastFailure, "lastFailure");
    }
}
