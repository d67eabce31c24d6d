package io.tonearm.application;

import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.CacheInvalidation.PartitionDrop;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.Tracks;
import java.util.HashSet;
import java.util.Set;

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
     * {@code track} is the changed track, or null for bulk changes. Queries the row drops in a partition are dropped
     * in every partition: for a change made by nobody in particular.
     */
    void invalidate(Mutation mutation, TrackId track) {
        invalidate(mutation, track, null);
    }

    /**
     * As {@link #invalidate(Mutation, TrackId)}, the queries the row drops in a partition dropped in
     * {@code partition} only (whole if it is null).
     */
    void invalidate(Mutation mutation, TrackId track, CachePartition partition) {
        if (!mutation.droppedQueryNames().isEmpty()) {
            cache.invalidateQueries(mutation.droppedQueryNames());
        }
        if (!mutation.droppedInPartitionNames().isEmpty()) {
            if (partition == null) {
                cache.invalidateQueries(mutation.droppedInPartitionNames());
            } else {
                cache.invalidateQueries(mutation.droppedInPartitionNames(), partition);
            }
        }
        if (track == null) {
            return;
        }
        if (mutation.reloadsTrackEntry()) {
            cache.refresh(CachedQueries.TRACK, trackKey(track), () -> tracks.findById(track).orElse(null));
        } else if (mutation.dropsTrackEntry()) {
            cache.invalidate(CachedQueries.TRACK, trackKey(track));
        }
    }

    /**
     * @return what {@link #invalidate(Mutation, TrackId, CachePartition)} drops, as a value for the change log: the
     *     track's entry is only dropped there (the process that made the change reloads it; the others read it when
     *     they need it)
     */
    static CacheInvalidation invalidation(Mutation mutation, TrackId track, CachePartition partition) {
        Set<String> queries = new HashSet<>(mutation.droppedQueryNames());
        Set<PartitionDrop> partitions = new HashSet<>();
        if (partition == null) {
            queries.addAll(mutation.droppedInPartitionNames());
        } else {
            mutation.droppedInPartitionNames().forEach(name -> partitions.add(new PartitionDrop(name, partition)));
        }
        Set<EntryDrop> entries = track != null && mutation.dropsTrackEntry()
                ? Set.of(new EntryDrop(CachedQueries.TRACK.name(), trackKey(track))) : Set.of();
        return new CacheInvalidation(false, queries, partitions, entries);
    }

    static CacheKey trackKey(TrackId id) {
        return CacheKey.of(id.value());
    }
}
