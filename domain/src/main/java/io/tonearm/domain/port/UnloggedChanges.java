package io.tonearm.domain.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/** {@link ChangeLog#NONE}: nothing written, nothing to read. */
final class UnloggedChanges implements ChangeLog {

    @Override
    public <T> T recording(CacheInvalidation invalidation, Supplier<T> work) {
        return work.get();
    }

    @Override
    public List<LoggedChange> readAfter(long position, int limit) {
        return List.of();
    }

    @Override
    public List<LoggedChange> readAt(Collection<Long> positions) {
        return List.of();
    }

    @Override
    public long lastPosition() {
        return 0;
    }

    @Override
    public int prune(Instant before) {
        return 0;
    }
}
