package io.tonearm.application.scanning;

import io.tonearm.domain.ScanCounts;
import java.util.Objects;

/**
 * What the scans of this process have done since it started, for counters that only grow.
 *
 * @param started   scans started
 * @param succeeded scans that finished
 * @param failed    scans that stopped with an error
 * @param running   whether a scan runs now
 * @param files     the files of every scan that ended, added up (a failed scan's as far as it came)
 */
public record ScanTotals(long started, long succeeded, long failed, boolean running, ScanCounts files) {
    /** No scan yet. */
    public static final ScanTotals NONE = new ScanTotals(0, 0, 0, false, ScanCounts.ZERO);

    public ScanTotals {
        Objects.requireNonNull(files, "files");
    }
}
