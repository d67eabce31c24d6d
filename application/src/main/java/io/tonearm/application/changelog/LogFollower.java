package io.tonearm.application.changelog;

import io.tonearm.application.Invalidation;
import io.tonearm.application.InvalidationListener;
import io.tonearm.domain.port.CacheGaps;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.LoggedChange;
import io.tonearm.domain.port.QueryCache;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The change follower of one process. It remembers the highest position read and the positions below it that it
 * has not seen (holes): a hole is a transaction that took its position but had not committed when the rows after it
 * were read (the change log's row is the last statement of its transaction, so that lasts milliseconds), or one
 * that failed in its commit. Every poll reads the holes and then the rows after the highest position (a range of
 * the primary key); a hole still missing after the grace period is a gap.
 */
final class LogFollower implements ChangeFollower {
    /** Rows per read while catching up. */
    static final int BATCH = 1_000;
    /** More holes than this at once are not waited for one by one: that is a gap at once. */
    static final int MAX_HOLES = 10_000;
    /**
     * How far before the log's end the first poll starts: a transaction that took a position just before the
     * process started may commit just after, and is then applied like any other (rows read twice are harmless).
     */
    static final int START_MARGIN = 100;

    private final ChangeLog log;
    private final QueryCache cache;
    private final CoherenceSettings settings;
    private final Clock clock;

    private boolean started;
    private long high;
    /** The log's end when this process started: a hole up to it is older than the process. */
    private long endAtStart;
    /** The holes, by position. */
    private final TreeMap<Long, Hole> holes = new TreeMap<>();
    private long applied;
    private long gaps;
    private long readFailures;
    private int consecutiveFailures;
    private Instant lastRead;
    private String lastGap = "";
    private String lastFailure = "";
    /** Since when the log has not been read (the start, or the last read that worked). */
    private Instant unreadSince;
    private boolean distrusting;
    /** The cache's own gaps counted so far ({@link QueryCache#gaps()}). */
    private long cacheGapsCounted;

    /** The change the invalidations of other processes' changes are told as. */
    static final String OTHER_PROCESSES = "OTHER_PROCESSES";
    /** The change a gap's drop of everything is told as. */
    static final String LOG_GAP = "CHANGE_LOG_GAP";

    private final InvalidationListener invalidations;

    LogFollower(ChangeLog log, QueryCache cache, CoherenceSettings settings, InvalidationListener invalidations,
                Clock clock) {
        this.invalidations = invalidations;
        this.log = log;
        this.cache = cache;
        this.settings = settings;
        this.clock = clock;
        this.unreadSince = clock.instant();
    }

    @Override
    public FollowerStatus poll() {
        countCacheGaps();
        CacheInvalidation[] pending = {CacheInvalidation.NOTHING};
        try {
            Instant now = clock.instant();
            if (!started) {
                endAtStart = log.lastPosition();
                high = Math.max(0, endAtStart - START_MARGIN);
                started = true;
            }
            if (!holes.isEmpty()) {
                for (LoggedChange row : log.readAt(List.copyOf(holes.keySet()))) {
                    holes.remove(row.position());
                    take(row, pending);
                }
            }
            String gap = null;
            List<LoggedChange> rows;
            do {
                rows = log.readAfter(high, BATCH);
                for (LoggedChange row : rows) {
                    long missing = row.position() - high - 1;
                    if (missing > 0 && holes.size() + missing > MAX_HOLES) {
                        gap = missing + " positions missing between " + high + " and " + row.position();
                    } else {
                        for (long position = high + 1; position < row.position(); position++) {
                            holes.put(position, new Hole(now, position <= endAtStart));
                        }
                    }
                    high = row.position();
                    take(row, pending);
                }
            } while (rows.size() == BATCH);
            gap = expireHoles(now, gap);
            if (gap != null) {
                holes.clear();
                pending[0] = CacheInvalidation.EVERYTHING;
                gaps++;
                lastGap = gap + "; this process's own cache tier dropped once, since a change may have been missed";
            }
            consecutiveFailures = 0;
            lastRead = now;
            unreadSince = now;
            if (distrusting) {
                distrusting = false;
                cache.trustOwnTier();
            }
        } catch (RuntimeException e) {
            readFailures++;
            consecutiveFailures++;
            lastFailure = e.toString();
            distrustIfLongUnread();
        } finally {
            if (!pending[0].isEmpty()) {
                cache.invalidateLocally(pending[0]);
                invalidations.invalidated(told(pending[0]));
            }
        }
        return status();
    }

    /**
     * A result this process cached before the last read that worked may have been made stale since, and lives up to
     * {@link CoherenceSettings#trustFor()}: past that since the last read, the own tier is not answered from.
     */
    private void distrustIfLongUnread() {
        Instant now = clock.instant();
        if (!distrusting && !now.isBefore(unreadSince.plus(settings.trustFor()))) {
            distrusting = true;
            gaps++;
            lastGap = "the change log could not be read since " + unreadSince + " (" + lastFailure
                    + "); reads skip this process's own tier until it can";
            cache.distrustOwnTier(lastGap);
        }
    }

    /**
     * Counts the gaps the cache found by itself (a lost subscription to the others' invalidations, say) as this
     * process's own: the cache has dropped its own tier for each already. Whatever the log does, so that they count
     * while the database is out of reach too.
     */
    private void countCacheGaps() {
        CacheGaps found = cache.gaps();
        if (found.count() > cacheGapsCounted) {
            gaps += found.count() - cacheGapsCounted;
            cacheGapsCounted = found.count();
            lastGap = found.last();
        }
    }

    /** @return the invalidation as the listener is told of it: the names of what it dropped */
    static Invalidation told(CacheInvalidation applied) {
        if (applied.everything()) {
            return new Invalidation(LOG_GAP, Set.of("*"), Set.of(), Set.of());
        }
        Set<String> partitions = new TreeSet<>();
        applied.partitions().forEach(drop -> partitions.add(drop.query()));
        Set<String> entries = new TreeSet<>();
        applied.entries().forEach(drop -> entries.add(drop.query()));
        return new Invalidation(OTHER_PROCESSES, applied.queries(), partitions, entries);
    }

    private void take(LoggedChange row, CacheInvalidation[] pending) {
        if (!row.own()) {
            pending[0] = pending[0].and(row.invalidation());
            applied++;
        }
    }

    /** @return the gap found before, or one for the holes missing longer than the grace period */
    private String expireHoles(Instant now, String gap) {
        Instant expired = now.minus(settings.holeGrace());
        List<Long> overdue = new ArrayList<>();
        for (Iterator<Map.Entry<Long, Hole>> it = holes.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Hole> hole = it.next();
            if (hole.getValue().noticed().isBefore(expired)) {
                it.remove();
                // one older than this process changed nothing this process had cached: waited for, not a gap
                if (!hole.getValue().beforeStart()) {
                    overdue.add(hole.getKey());
                }
            }
        }
        if (gap != null || overdue.isEmpty()) {
            return gap;
        }
        return "position(s) " + (overdue.size() > 5 ? overdue.subList(0, 5) + " and " + (overdue.size() - 5)
                + " more" : overdue) + " still missing after " + settings.holeGrace().toMillis() + " ms";
    }

    /**
     * @param noticed     when it was first seen missing
     * @param beforeStart whether its position was taken before this process started following
     */
    private record Hole(Instant noticed, boolean beforeStart) {
    }

    @Override
    public FollowerStatus status() {
        return new FollowerStatus(high, applied, gaps, readFailures, consecutiveFailures, lastRead, lastGap,
                lastFailure, !distrusting);
    }

    @Override
    public int prune() {
        return log.prune(clock.instant().minus(settings.retention()));
    }
}
