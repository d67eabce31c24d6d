package io.tonearm.application.fakes;

import io.tonearm.domain.StoreUnavailableException;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.LoggedChange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A change log in memory, with the MariaDB adapter's rules: a row is written only if the work returned (a change
 * that failed rolls back with its row); positions grow and a taken position may stay unused or be committed late.
 * The rows this log's own {@link #recording} writes are {@code own}; {@link #writeElsewhere} writes another process's.
 * It can fail its next reads, as an unreachable database does.
 */
public final class InMemoryChangeLog implements ChangeLog {
    private final Clock clock;
    private final TreeMap<Long, LoggedChange> rows = new TreeMap<>();
    private long next = 1;
    private int failingReads;
    private int reads;

    public InMemoryChangeLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized <T> T recording(CacheInvalidation invalidation, Supplier<T> work) {
        T result = work.get();
        write(invalidation, true);
        return result;
    }

    /** Writes a row of another process. @return its position */
    public synchronized long writeElsewhere(CacheInvalidation invalidation) {
        return write(invalidation, false);
    }

    /** Takes a position as a transaction in flight does, without writing its row yet. @return the position */
    public synchronized long takePosition() {
        return next++;
    }

    /** Commits another process's row at a position taken before. */
    public synchronized void commitAt(long position, CacheInvalidation invalidation) {
        rows.put(position, new LoggedChange(position, clock.instant(), false, invalidation));
    }

    private long write(CacheInvalidation invalidation, boolean own) {
        long position = next++;
        rows.put(position, new LoggedChange(position, clock.instant(), own, invalidation));
        return position;
    }

    /** The next {@code count} reads throw as an unreachable database does. */
    public synchronized void failNextReads(int count) {
        failingReads = count;
    }

    /** @return the rows, lowest position first */
    public synchronized List<LoggedChange> rows() {
        return List.copyOf(rows.values());
    }

    /** @return how many reads were made (failed ones included) */
    public synchronized int reads() {
        return reads;
    }

    private void read() {
        reads++;
        if (failingReads > 0) {
            failingReads--;
            throw new StoreUnavailableException(StoreUnavailableException.Reason.UNREACHABLE, "the database is down",
                    Duration.ofSeconds(1), null);
        }
    }

    @Override
    public synchronized List<LoggedChange> readAfter(long position, int limit) {
        read();
        return rows.tailMap(position, false).values().stream().limit(limit).toList();
    }

    @Override
    public synchronized List<LoggedChange> readAt(Collection<Long> positions) {
        read();
        List<LoggedChange> found = new ArrayList<>();
        Set.copyOf(positions).stream().sorted().forEach(position -> {
            LoggedChange row = rows.get(position);
            if (row != null) {
                found.add(row);
            }
        });
        return found;
    }

    @Override
    public synchronized long lastPosition() {
        read();
        return rows.isEmpty() ? 0 : rows.lastKey();
    }

    @Override
    public synchronized int prune(Instant before) {
        long last = rows.isEmpty() ? 0 : rows.lastKey();
        List<Long> old = rows.values().stream().filter(row -> row.at().isBefore(before) && row.position() < last)
                .map(LoggedChange::position).toList();
        old.forEach(rows::remove);
        return old.size();
    }
}
