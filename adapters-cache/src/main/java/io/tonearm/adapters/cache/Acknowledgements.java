package io.tonearm.adapters.cache;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/**
 * The acknowledgements this process waits for: every invalidation message it broadcasts has an id, and every
 * process that applied it answers with that id (this process's own copy of the message counts as its answer).
 */
final class Acknowledgements {
    private final ConcurrentMap<Long, Received> awaiting = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong();
    private final LongAdder unacknowledged = new LongAdder();
    private final Duration timeout;
    private final BooleanSupplier hearing;

    /**
     * @param timeout how long an invalidation waits for its acknowledgements
     * @param hearing whether this process can hear acknowledgements now (it is subscribed)
     */
    Acknowledgements(Duration timeout, BooleanSupplier hearing) {
        this.timeout = timeout;
        this.hearing = hearing;
    }

    /** @return the id of a new message, whose acknowledgements are counted from now until {@link #forget} */
    long expect() {
        long id = messageIds.incrementAndGet();
        awaiting.put(id, new Received());
        return id;
    }

    /** Counts one acknowledgement of message {@code id}, unless nobody waits for it any more. */
    void received(long id) {
        Received received = awaiting.get(id);
        if (received != null) {
            received.add();
        }
    }

    /** Waits until every process that received the message applied it, within the acknowledgement timeout. */
    void await(long id, long receivers) {
        await(id, receivers, System.nanoTime() + timeout.toNanos());
    }

    void await(long id, long receivers, long deadlineNanos) {
        if (!hearing.getAsBoolean()) {
            return; // this process cannot hear acknowledgements now; the others obey the staleness bound
        }
        if (!awaiting.get(id).await(receivers, deadlineNanos - System.nanoTime())) {
            unacknowledged.increment();
        }
    }

    /** Stops counting the acknowledgements of message {@code id}. */
    void forget(long id) {
        awaiting.remove(id);
    }

    /** @return invalidations that returned before every process acknowledged them */
    long unacknowledged() {
        return unacknowledged.sum();
    }

    /** Acknowledgements of one invalidation message. */
    private static final class Received {
        private long received;

        synchronized void add() {
            received++;
            notifyAll();
        }

        synchronized boolean await(long expected, long timeoutNanos) {
            long deadline = System.nanoTime() + timeoutNanos;
            while (received < expected) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }
}
