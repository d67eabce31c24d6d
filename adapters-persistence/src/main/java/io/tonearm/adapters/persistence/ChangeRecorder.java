package io.tonearm.adapters.persistence;

import io.tonearm.domain.port.CacheInvalidation;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.apache.ibatis.session.SqlSession;

/**
 * Writes the change log row of a write transaction inside that transaction: {@link Transactions} asks it just
 * before committing each attempt, so a row shares the fate of the change it describes (an attempt rolled back
 * takes its row with it). Which change is being made is said by {@link #recording} on the calling thread.
 * The row is the attempt's last statement, so that its position is taken as late as possible before the commit
 * (followers wait a while for a position that is not visible yet).
 */
final class ChangeRecorder {
    private final String origin;
    private final ThreadLocal<Deque<CacheInvalidation>> pending = ThreadLocal.withInitial(ArrayDeque::new);

    @Inject
    ChangeRecorder() {
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        this.origin = HexFormat.of().formatHex(random);
    }

    /** @return the random id of this process's rows */
    String origin() {
        return origin;
    }

    <T> T recording(CacheInvalidation invalidation, Supplier<T> work) {
        Deque<CacheInvalidation> stack = pending.get();
        stack.push(invalidation);
        try {
            return work.get();
        } finally {
            stack.pop();
            if (stack.isEmpty()) {
                pending.remove();
            }
        }
    }

    /** Adds the row of the change being made on this thread, if any, to the transaction of {@code session}. */
    void beforeCommit(SqlSession session) {
        Deque<CacheInvalidation> stack = pending.get();
        if (stack.isEmpty()) {
            pending.remove();
            return;
        }
        CacheInvalidation all = CacheInvalidation.NOTHING;
        for (CacheInvalidation invalidation : stack) {
            all = all.and(invalidation);
        }
        if (!all.isEmpty()) {
            session.getMapper(ChangeLogMapper.class).insert(origin, ChangePayload.encode(all));
        }
    }
}
