package io.tonearm.application;

import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.Tracks;

/** Applies a row of the invalidation table ({@link Mutation}) to the query cache. */
final class CacheInvalidator {
    private final QueryCache cache;
    private final Tracks tracks;

    CacheInvalidator(QueryCache cache, Tracks tracks) {
        this.cache = cache;
        this.tracks = tracks;
    }

    /**
     * Drops what {@code mutation} can change and reloads the changed track's entry where the row says so;
     * {@code track} is the changed track, or null for bulk changes.
     */
    void invalidate(Mutation mutation, TrackId track) {
        cache.invalidateQueries(mutation.droppedQueryNames());
        if (track == null) {
            return;
        }
        if (mutation.reloadsTrackEntry()) {
            cache.refresh(CachedQueries.TRACK, trackKey(track), () -> tracks.findById(track).orElse(null));
        } else if (mutation.dropsTrackEntry()) {
            cache.invalidate(CachedQueries.TRACK, trackKey(track));
        }
    }

    static CacheKey trackKey(TrackId id) {
        return CacheKey.of(id.value());
    }
}
