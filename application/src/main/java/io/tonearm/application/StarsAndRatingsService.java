package io.tonearm.application;

import static io.tonearm.application.LibraryService.pageKey;

import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.CatalogAnnotation;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Rating;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.AlbumArtistAnnotations;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.TrackAnnotations;
import io.tonearm.domain.user.UserId;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The stars and ratings of each listener: annotations cached per item and lists cached as pages of ids in the
 * listener's partition, lists filled from the shared album and artist entries.
 */
final class StarsAndRatingsService implements StarsAndRatings {
    private final Library catalog;
    private final TrackAnnotations tracks;
    private final AlbumArtistAnnotations annotations;
    private final QueryCache cache;
    private final CacheInvalidator invalidator;
    private final ChangeLog changes;
    private final Clock clock;

    StarsAndRatingsService(Library catalog, TrackAnnotations tracks, AlbumArtistAnnotations annotations,
                           QueryCache cache, ChangeLog changes, Clock clock) {
        this.catalog = catalog;
        this.tracks = tracks;
        this.annotations = annotations;
        this.cache = cache;
        // a listener's rating never reloads a shared track entry (Mutation row TRACK_RATED)
        this.invalidator = new CacheInvalidator(cache, id -> {
            throw new IllegalStateException("a listener's rating reloaded the shared entry of track " + id);
        });
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public boolean setAlbumFavorite(UserId listener, AlbumId album, boolean favorite) {
        Objects.requireNonNull(album, "album");
        return change(listener, Mutation.ALBUM_STARRED, album.value(),
                () -> annotations.starAlbum(listener, album, favorite, clock.instant()));
    }

    @Override
    public boolean setArtistFavorite(UserId listener, ArtistId artist, boolean favorite) {
        Objects.requireNonNull(artist, "artist");
        return change(listener, Mutation.ARTIST_STARRED, artist.value(),
                () -> annotations.starArtist(listener, artist, favorite, clock.instant()));
    }

    @Override
    public boolean rateAlbum(UserId listener, AlbumId album, int rating) {
        Objects.requireNonNull(album, "album");
        Rating.check(rating);
        return change(listener, Mutation.ALBUM_RATED, album.value(),
                () -> annotations.rateAlbum(listener, album, rating));
    }

    @Override
    public boolean rateArtist(UserId listener, ArtistId artist, int rating) {
        Objects.requireNonNull(artist, "artist");
        Rating.check(rating);
        return change(listener, Mutation.ARTIST_RATED, artist.value(),
                () -> annotations.rateArtist(listener, artist, rating));
    }

    @Override
    public boolean rateTrack(UserId listener, TrackId track, int rating) {
        Objects.requireNonNull(track, "track");
        Rating.check(rating);
        CachePartition partition = CachedQueries.partitionOf(Objects.requireNonNull(listener, "listener"));
        boolean exists = changes.recording(CacheInvalidator.invalidation(Mutation.TRACK_RATED, track, partition),
                () -> tracks.setRating(listener, track, rating));
        if (exists) {
            invalidator.invalidate(Mutation.TRACK_RATED, track, partition, () -> tracks.findByIds(listener,
                    List.of(track)).getOrDefault(track, TrackAnnotation.NONE));
        }
        return exists;
    }

    private boolean change(UserId listener, Mutation mutation, long item, BooleanSupplier write) {
        CachePartition partition = CachedQueries.partitionOf(Objects.requireNonNull(listener, "listener"));
        boolean exists = changes.recording(CacheInvalidator.annotationInvalidation(mutation, item, partition),
                write::getAsBoolean);
        if (exists) {
            invalidator.invalidateAnnotation(mutation, item, partition);
        }
        return exists;
    }

    @Override
    public Map<TrackId, TrackAnnotation> ofTracks(UserId listener, Collection<TrackId> ids) {
        return cached(listener, CachedQueries.ANNOTATIONS, ids, TrackId::value,
                wanted -> tracks.findByIds(listener, wanted), TrackAnnotation.NONE);
    }

    @Override
    public Map<AlbumId, CatalogAnnotation> ofAlbums(UserId listener, Collection<AlbumId> ids) {
        return cached(listener, CachedQueries.ALBUM_ANNOTATIONS, ids, AlbumId::value,
                wanted -> annotations.findAlbums(listener, wanted), CatalogAnnotation.NONE);
    }

    @Override
    public Map<ArtistId, CatalogAnnotation> ofArtists(UserId listener, Collection<ArtistId> ids) {
        return cached(listener, CachedQueries.ARTIST_ANNOTATIONS, ids, ArtistId::value,
                wanted -> annotations.findArtists(listener, wanted), CatalogAnnotation.NONE);
    }

    /** @return each id's annotation from the listener's partition, the missing ones loaded (and none cached too) */
    private <K, V> Map<K, V> cached(UserId listener, NamedQuery<V> query, Collection<K> ids,
                                    Function<K, Long> value, Function<List<K>, Map<K, V>> load, V none) {
        CachePartition partition = CachedQueries.partitionOf(Objects.requireNonNull(listener, "listener"));
        Map<CacheKey, K> idsByKey = new LinkedHashMap<>();
        Objects.requireNonNull(ids, "ids").forEach(id -> idsByKey.put(CacheKey.of(value.apply(id)), id));
        if (idsByKey.isEmpty()) {
            return Map.of();
        }
        Map<CacheKey, V> found = cache.getAll(query.in(partition), idsByKey.keySet(), missing -> {
            List<K> wanted = missing.stream().map(idsByKey::get).filter(Objects::nonNull).toList();
            Map<K, V> stored = load.apply(wanted);
            Map<CacheKey, V> loaded = new HashMap<>();
            wanted.forEach(id -> loaded.put(CacheKey.of(value.apply(id)), stored.getOrDefault(id, none)));
            return loaded;
        });
        Map<K, V> byId = new HashMap<>();
        found.forEach((key, annotation) -> byId.put(idsByKey.get(key), annotation));
        return byId;
    }

    @Override
    public Page<Album> getStarredAlbums(UserId listener, PageRequest page) {
        return fill(ownList(listener, CachedQueries.STARRED_ALBUMS, page,
                () -> annotations.findStarredAlbums(listener, page)), catalog::getAlbum);
    }

    @Override
    public Page<Artist> getStarredArtists(UserId listener, PageRequest page) {
        return fill(ownList(listener, CachedQueries.STARRED_ARTISTS, page,
                () -> annotations.findStarredArtists(listener, page)), catalog::getArtist);
    }

    @Override
    public Page<Album> getRatedAlbums(UserId listener, PageRequest page) {
        return fill(ownList(listener, CachedQueries.RATED_ALBUMS, page,
                () -> annotations.findRatedAlbums(listener, page)), catalog::getAlbum);
    }

    private <T> Page<T> ownList(UserId listener, NamedQuery<Page<T>> query, PageRequest page,
                                Supplier<Page<T>> loader) {
        Objects.requireNonNull(page, "page");
        CachePartition partition = CachedQueries.partitionOf(Objects.requireNonNull(listener, "listener"));
        return cache.get(query.in(partition), pageKey(page), loader);
    }

    /** An id whose album or artist went since the list was cached is left out. */
    private static <K, T> Page<T> fill(Page<K> ids, Function<K, Optional<T>> read) {
        return ids.withItems(ids.items().stream().map(read).flatMap(Optional::stream).toList());
    }
}
