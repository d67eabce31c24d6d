package io.tonearm.domain.port;

/** Where the cached reads of one piece of work were answered, the farthest one counting. */
public enum CacheSource {
    /** The work made no cached read. */
    NONE,
    /** Every read was answered by the process's own tier. */
    TIER1,
    /** At least one read came from the shared tier, none from the store. */
    TIER2,
    /** At least one read had to be loaded from the store. */
    MISS;

    /** @return whether the answer came from a cache tier without loading */
    public boolean hit() {
        return this == TIER1 || this == TIER2;
    }

    /** @return the farther of this source and {@code other} */
    public CacheSource and(CacheSource other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
