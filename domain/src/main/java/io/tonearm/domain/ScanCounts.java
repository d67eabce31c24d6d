package io.tonearm.domain;

/**
 * How many files a scan has found and what became of them.
 *
 * @param found     audio files the walk has found so far
 * @param unchanged known files found as the catalog has them: same size and modification time (not read
 *                  again), or read again (a full scan) with nothing changed
 * @param added     files that became new tracks
 * @param updated   known files whose tags or file facts changed
 * @param moved     new paths recognized as known tracks whose file moved (same size and tags)
 * @param removed   tracks removed because their file is gone
 * @param failed    files that could not be read, and walk problems (loops, links out of the library)
 */
public record ScanCounts(long found, long unchanged, long added, long updated, long moved, long removed,
                         long failed) {
    /** Nothing found, nothing done. */
    public static final ScanCounts ZERO = new ScanCounts(0, 0, 0, 0, 0, 0, 0);

    /** @throws InvalidValueException naming the first negative count */
    public ScanCounts {
        Check.atLeast("found", found, 0);
        Check.atLeast("unchanged", unchanged, 0);
        Check.atLeast("added", added, 0);
        Check.atLeast("updated", updated, 0);
        Check.atLeast("moved", moved, 0);
        Check.atLeast("removed", removed, 0);
        Check.atLeast("failed", failed, 0);
    }

    /** @return the files dealt with so far: unchanged, added, updated, moved or failed */
    public long processed() {
        return unchanged + added + updated + moved + failed;
    }

    /** @return true if the scan changed the catalog */
    public boolean changedCatalog() {
        return added + updated + moved + removed > 0;
    }
}
