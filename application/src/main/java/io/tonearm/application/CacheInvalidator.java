package io.tonearm.application;

import io.tonearm.domain.Track;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playlist.PlaylistId;
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
import java.util.stream.Collectors;

/**
 * Applies a row of the invalidation table ({@link Mutation}) to the query cache, and tells its
 * {@link InvalidationListener} what was dropped.
 */
final class CacheInvalidator {
    private final QueryCache cache;
    private final Function<TrackId, Optional<Track>> tracks;
    private final InvalidationListener listener;

    /** @param tracks loads a track from the store, for the rows that reload the changed track's entry */
    CacheInvalidator(QueryCache cache, Function<TrackId, Optional<Track>> tracks) {
        this(cache, tracks, InvalidationListener.NONE);
    }

    /**
     * @param tracks   loads a track from the store, for the rows that reload the changed track's entry
     * @param listener told of every invalidation applied
     */
    CacheInvalidator(QueryCache cache, Function<TrackId, Optional<Track>> tracks, InvalidationListener listener) {
        this.cache = cache;
        this.tracks = tracks;
        this.listener = listener;
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
        apply(mutation, track, partition, annotation);
        listener.invalidated(told(mutation, invalidation(mutation, track, partition), mutation.reloadsTrackEntry()));
    }

    private void apply(Mutation mutation, TrackId track, CachePartition partition,
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

    /**
     * Drops what a change of one listener's annotation of an album or artist can change: the row's queries in
     * {@code partition} (the listener's) and the listener's entry of that album or artist ({@code item}, its id).
     */
    void invalidateAnnotation(Mutation mutation, long item, CachePartition partition) {
        CacheInvalidation drops = annotationInvalidation(mutation, item, partition);
        drops.partitions().forEach(drop -> cache.invalidateQueries(Set.of(drop.query()), drop.partition()));
        drops.entries().forEach(drop -> cache.invalidate(drop.namedQuery(), drop.key()));
    }

    /**
     * @return what {@link #invalidateAnnotation} drops, as a value for the change log: nothing whole, as no row of a
     *     listener's own annotation drops a query whole (InvalidationTableTest)
     */
    static CacheInvalidation annotationInvalidation(Mutation mutation, long item, CachePartition partition) {
        Set<PartitionDrop> partitions = new HashSet<>();
        mutation.droppedInPartitionNames().forEach(name -> partitions.add(new PartitionDrop(name, partition)));
        Set<EntryDrop> entries = new HashSet<>();
        mutation.droppedAnnotationEntry().ifPresent(query ->
                entries.add(new EntryDrop(query.name(), partition, CacheKey.of(item))));
        return new CacheInvalidation(false, Set.of(), partitions, entries);
    }

    /**
     * Drops what a playlist's {@code mutation} can change: the row's whole queries, the queries it drops in a
     * partition in {@code owner}'s (the playlist owner's), and, where the row says so, the playlist's entry and its
     * entries ({@code playlist} is null for a playlist created, which nothing has cached yet).
     */
    void invalidatePlaylist(Mutation mutation, PlaylistId playlist, CachePartition owner) {
        CacheInvalidation drops = playlistInvalidation(mutation, playlist, owner);
        if (!drops.queries().isEmpty()) {
            cache.invalidateQueries(drops.queries());
        }
        drops.partitions().forEach(drop -> cache.invalidateQueries(Set.of(drop.query()), drop.partition()));
        drops.entries().forEach(drop -> cache.invalidate(drop.namedQuery(), drop.key()));
        listener.invalidated(told(mutation, drops, false));
    }

    /** @return what the listener is told of {@code drops}; a track entry loaded again counts as dropped */
    static Invalidation told(Mutation mutation, CacheInvalidation drops, boolean reloadsTrackEntry) {
        Set<String> entries = new HashSet<>();
        drops.entries().forEach(drop -> entries.add(drop.query()));
        if (reloadsTrackEntry) {
            entries.add(CachedQueries.TRACK.name());
        }
        return new Invalidation(mutation.name(), drops.queries(),
                drops.partitions().stream().map(PartitionDrop::query).collect(Collectors.toSet()), entries);
    }

    /** @return what {@link #invalidatePlaylist} drops, as a value for the change log */
    static CacheInvalidation playlistInvalidation(Mutation mutation, PlaylistId playlist, CachePartition owner) {
        Set<String> queries = new HashSet<>(mutation.droppedQueryNames());
        Set<PartitionDrop> partitions = new HashSet<>();
        mutation.droppedInPartitionNames().forEach(name -> partitions.add(new PartitionDrop(name, owner)));
        Set<EntryDrop> entries = new HashSet<>();
        if (playlist != null && mutation.dropsPlaylist()) {
            entries.add(new EntryDrop(CachedQueries.PLAYLIST.name(), playlistKey(playlist)));
            partitions.add(new PartitionDrop(CachedQueries.PLAYLIST_TRACKS.name(),
                    CachedQueries.partitionOf(playlist)));
        }
        return new CacheInvalidation(false, queries, partitions, entries);
    }

    static CacheKey playlistKey(PlaylistId id) {
        return CacheKey.of(id.value());
    }

    static CacheKey trackKey(TrackId id) {
        return CacheKey.of(id.value());
    }
}
