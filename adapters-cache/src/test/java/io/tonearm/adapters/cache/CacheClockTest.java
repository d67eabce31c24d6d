package io.tonearm.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CacheClockTest {
    private final AtomicLong time = new AtomicLong(100);
    private final CacheClock clock = new CacheClock(time::getAndIncrement);

    @Test
    void aLookupThatReadTheClock_isJudgedWithThatReading() {
        long[] lookup = clock.beforeLookup();
        long readByCaffeine = clock.read();

        assertThat(clock.timeOfLookup(lookup)).isEqualTo(readByCaffeine).isEqualTo(100);
    }

    @Test
    void aLookupThatDidNotReadTheClock_readsItAfterwards_notAnEarlierReading() {
        clock.read();
        long[] lookup = clock.beforeLookup();

        assertThat(clock.timeOfLookup(lookup)).isEqualTo(101);
    }

    @Test
    void readingsOfOtherThreads_areNotTakenForThisThreads() throws Exception {
        long[] lookup = clock.beforeLookup();
        CompletableFuture.runAsync(clock::read).get();

        assertThat(clock.timeOfLookup(lookup)).isEqualTo(101);
    }
}
