package io.tonearm.application;

import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.QueryCache;

/** Applies a row of the invalidation table ({@link Mutation}) to the query cache. */
final class CacheInvalidator {
    private final QueryCache cache;

    CacheInvalidator(QueryCache cache) {
        this.cache = cache;
    }

    /** Drops what {@code mutation} can change; {@code track} is the changed track, or null for bulk changes. */
    void invalidate(Mutation mutation, TrackId track) {
        cache.invalidateQueries(mutation.droppedQueryNames());
        if (mutation.dropsTrackEntry() && track != null) {
            cache.invalidate(CachedQueries.TRACK, trackKey(track));
        }
    }

    static CacheKey trackKey(TrackId id) {
        return CacheKey.of(id.value());
    }
}
