package io.tonearm.domain.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The durable log of the catalog's changes (a transactional outbox): every change writes, in the same transaction
 * as the change itself, one row saying what it made stale in the {@link QueryCache}, so that every process sharing
 * the catalog can follow the log and drop from its own cache what other processes changed.
 *
 * <p>Positions grow with every row written, but not every position ends up used (a transaction that rolled back
 * leaves a hole), and a row may become visible after a row with a higher position (transactions commit in any
 * order): a reader that finds a hole waits a while for it to fill.
 */
public interface ChangeLog {
    /** The log of a process alone on its catalog: runs the work, writes and reads no row. */
    ChangeLog NONE = new UnloggedChanges();

    /**
     * Runs {@code work}; every write transaction of the catalog that the work commits on the calling thread writes
     * {@code invalidation} into the log in the same transaction (an attempt that rolled back leaves no row).
     *
     * @return what the work returned
     */
    <T> T recording(CacheInvalidation invalidation, Supplier<T> work);

    /**
     * @param position the position after which to read (0 for the beginning)
     * @param limit    the most rows to return, at least 1
     * @return the rows after {@code position}, lowest position first, at most {@code limit}
     */
    List<LoggedChange> readAfter(long position, int limit);

    /** @return the rows at these positions that exist now, lowest position first */
    List<LoggedChange> readAt(Collection<Long> positions);

    /** @return the highest position written so far, or 0 if no row was ever written */
    long lastPosition();

    /**
     * Removes the rows written before {@code before}.
     *
     * @return how many rows were removed
     */
    int prune(Instant before);
}
