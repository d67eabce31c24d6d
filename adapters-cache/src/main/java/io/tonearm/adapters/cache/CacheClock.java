package io.tonearm.adapters.cache;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.inject.Inject;
import java.util.function.LongSupplier;

/**
 * The cache's one clock, in nanoseconds: Caffeine's expiry, the freshness of results and the staleness bound all
 * read it. It remembers, per thread, the last time it read, so that a tier-1 hit can judge freshness with the
 * time Caffeine has just read for expiry instead of reading the clock a second time (on a busy machine a clock
 * read costs a third of a hit). If Caffeine did not read it during a lookup, the time is read anew.
 */
final class CacheClock implements Ticker {
    private static final long NOT_READ = Long.MIN_VALUE;

    private final LongSupplier source;
    private final ThreadLocal<long[]> lastRead = ThreadLocal.withInitial(() -> new long[] {NOT_READ});

    /** The system's monotonic clock. */
    @Inject
    CacheClock() {
        this(System::nanoTime);
    }

    /** @param source the time in nanoseconds (a test may pass one it moves by hand) */
    CacheClock(LongSupplier source) {
        this.source = source;
    }

    @Override
    public long read() {
        long now = source.getAsLong();
        lastRead.get()[0] = now;
        return now;
    }

    /** Forgets this thread's last read before a lookup. @return the place the lookup's read will be left in */
    long[] beforeLookup() {
        long[] slot = lastRead.get();
        slot[0] = NOT_READ;
        return slot;
    }

    /** @return the time read during the lookup that {@code slot} was prepared for, or the time now */
    long timeOfLookup(long[] slot) {
        long time = slot[0];
        return time != NOT_READ ? time : read();
    }
}
