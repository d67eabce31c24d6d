package io.tonearm.adapters.cache;

/**
 * Where a named query stands in its sequence of invalidations, as one immutable snapshot: a reader captures it
 * once, before looking anything up, and stores what it loads under it.
 *
 * @param local  this process's counter, part of every tier-1 key; raised by every invalidation the process
 *               learns of, its own or another process's
 * @param shared the shared tier's counter, part of every tier-2 key; {@link #UNKNOWN} before it was read, or
 *               {@link #BLOCKED} while an invalidation of the query is being broadcast or could not be
 */
record Generation(long local, long shared) {
    /** The shared counter has not been read yet: a reader may fetch it. */
    static final long UNKNOWN = -1;
    /** The shared tier must not be used under this snapshot: its entries may predate an invalidation. */
    static final long BLOCKED = -2;
    static final Generation INITIAL = new Generation(0, UNKNOWN);
}
