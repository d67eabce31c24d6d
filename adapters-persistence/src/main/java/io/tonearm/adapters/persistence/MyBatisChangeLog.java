package io.tonearm.adapters.persistence;

import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.LoggedChange;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ChangeLog} in the {@code change_log} table, written by {@link ChangeRecorder} inside each write. */
final class MyBatisChangeLog implements ChangeLog {
    private static final Logger LOG = LoggerFactory.getLogger(MyBatisChangeLog.class);
    /** Positions per {@link #readAt} statement. */
    private static final int CHUNK = 500;

    private final ChangeRecorder recorder;
    private final Transactions transactions;

    @Inject
    MyBatisChangeLog(ChangeRecorder recorder, Transactions transactions) {
        this.recorder = recorder;
        this.transactions = transactions;
    }

    @Override
    public <T> T recording(CacheInvalidation invalidation, Supplier<T> work) {
        Objects.requireNonNull(invalidation, "invalidation");
        Objects.requireNonNull(work, "work");
        return recorder.recording(invalidation, work);
    }

    @Override
    public List<LoggedChange> readAfter(long position, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
        }
        return changes(transactions.read(session ->
                session.getMapper(ChangeLogMapper.class).selectAfter(position, limit)));
    }

    @Override
    public List<LoggedChange> readAt(Collection<Long> positions) {
        Objects.requireNonNull(positions, "positions");
        List<Long> wanted = positions.stream().distinct().sorted().toList();
        List<ChangeRow> rows = new ArrayList<>();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            List<Long> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK));
            rows.addAll(transactions.read(session -> session.getMapper(ChangeLogMapper.class).selectAt(chunk)));
        }
        return changes(rows);
    }

    @Override
    public long lastPosition() {
        return transactions.read(session -> session.getMapper(ChangeLogMapper.class).selectLastPosition());
    }

    @Override
    public int prune(Instant before) {
        Objects.requireNonNull(before, "before");
        return transactions.write(session -> {
            ChangeLogMapper log = session.getMapper(ChangeLogMapper.class);
            long last = log.selectLastPosition();
            log.deleteBefore(before, last);
            return Transactions.flushCount(session);
        });
    }

    private List<LoggedChange> changes(List<ChangeRow> rows) {
        List<LoggedChange> changes = new ArrayList<>(rows.size());
        for (ChangeRow row : rows) {
            CacheInvalidation invalidation;
            try {
                invalidation = ChangePayload.decode(row.payload);
            } catch (IllegalArgumentException e) {
                // written by a newer version, or damaged: dropping everything is never wrong
                LOG.warn("change log row {} cannot be read ({}); it is taken to change everything", row.position,
                        e.getMessage());
                invalidation = CacheInvalidation.EVERYTHING;
            }
            changes.add(new LoggedChange(row.position, row.createdAt, recorder.origin().equals(row.origin),
                    invalidation));
        }
        return changes;
    }
}
