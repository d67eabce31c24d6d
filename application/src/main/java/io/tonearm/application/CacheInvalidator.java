package io.tonearm.application;

import io.tonearm.domain.Track;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.CacheInvalidation.PartitionDrop;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.port.QueryCache;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** Applies a row of the invalidation table ({@link Mutation}) to the query cache. */
final class CacheInvalidator {
    private final QueryCache cache;
    private final Function<TrackId, Optional<Track>> tracks;

    /** @param tracks loads a track from the store, for the rows that reload the changed track's entry */
    CacheInvalidator(QueryCache cache, Function<TrackId, Optional<Track>> tracks) {
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
        invalidate(mutation, track, partition, null);
    }

    /**
     * As {@link #invalidate(Mutation, TrackId, CachePartition)}; where the row reloads the changer's annotation of
     * the track, {@code annotation} loads it (in {@code partition}), else it is only dropped.
     */
    void invalidate(Mutation mutation, TrackId track, CachePartition partition,
                    Supplier<TrackAnnotation> annotation) {
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
        if (mutation.reloadsAnnotation()) {
            if (partition == null) {
                cache.invalidateQueries(Set.of(CachedQueries.ANNOTATIONS.name()));
            } else if (annotation == null) {
                cache.invalidate(CachedQueries.ANNOTATIONS.in(partition), trackKey(track));
            } else {
                cache.refresh(CachedQueries.ANNOTATIONS.in(partition), trackKey(track), annotation);
            }
        }
        if (mutation.reloadsTrackEntry()) {
            cache.refresh(CachedQueries.TRACK, trackKey(track), () -> tracks.apply(track).orElse(null));
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
        Set<EntryDrop> entries = new HashSet<>();
        if (track != null && mutation.dropsTrackEntry()) {
            entries.add(new EntryDrop(CachedQueries.TRACK.name(), trackKey(track)));
        }
        if (track != null && mutation.reloadsAnnotation()) {
            if (partition == null) {
                queries.add(CachedQueries.ANNOTATIONS.name());
            } else {
                entries.add(new EntryDrop(CachedQueries.ANNOTATIONS.name(), partition, trackKey(track)));
            }
        }
        return new CacheInvalidation(false, queries, partitions, entries);
    }

    static CacheKey trackKey(TrackId id) {
        return CacheKey.of(id.value());
    }
}
