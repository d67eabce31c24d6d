package io.tonearm.application.fakes;

import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.CatalogAnnotation;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Rating;
import io.tonearm.domain.port.AlbumArtistAnnotations;
import io.tonearm.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Each user's stars and ratings of the albums and artists of one {@link InMemoryCatalog}, with the MariaDB
 * adapter's rules: only existing albums and artists, a second star keeps the first time, the starred lists go
 * from the latest star, the rated list from the highest rating (ties by title). Counts the reads of the store.
 */
public final class InMemoryAlbumArtistAnnotations implements AlbumArtistAnnotations {
    private final InMemoryCatalog catalog;
    private final Map<UserId, Map<Long, CatalogAnnotation>> albums = new HashMap<>();
    private final Map<UserId, Map<Long, CatalogAnnotation>> artists = new HashMap<>();
    private int reads;

    public InMemoryAlbumArtistAnnotations(InMemoryCatalog catalog) {
        this.catalog = catalog;
    }

    /** @return how many times annotations or lists were read from this store */
    public synchronized int reads() {
        return reads;
    }

    @Override
    public synchronized Map<AlbumId, CatalogAnnotation> findAlbums(UserId user, Collection<AlbumId> ids) {
        return find(albums, user, ids, AlbumId::value);
    }

    @Override
    public synchronized Map<ArtistId, CatalogAnnotation> findArtists(UserId user, Collection<ArtistId> ids) {
        return find(artists, user, ids, ArtistId::value);
    }

    private <K> Map<K, CatalogAnnotation> find(Map<UserId, Map<Long, CatalogAnnotation>> store, UserId user,
                                               Collection<K> ids, Function<K, Long> value) {
        reads++;
        Map<Long, CatalogAnnotation> own = store.getOrDefault(Objects.requireNonNull(user, "user"), Map.of());
        Map<K, CatalogAnnotation> found = new HashMap<>();
        ids.forEach(id -> {
            CatalogAnnotation annotation = own.get(value.apply(id));
            if (annotation != null) {
                found.put(id, annotation);
            }
        });
        return found;
    }

    @Override
    public synchronized boolean starAlbum(UserId user, AlbumId album, boolean starred, Instant at) {
        return catalog.albums().findById(album).isPresent()
                && change(albums, user, album.value(),
                        old -> new CatalogAnnotation(star(old, starred, at), old.rating()));
    }

    @Override
    public synchronized boolean starArtist(UserId user, ArtistId artist, boolean starred, Instant at) {
        return catalog.artists().findById(artist).isPresent()
                && change(artists, user, artist.value(),
                        old -> new CatalogAnnotation(star(old, starred, at), old.rating()));
    }

    @Override
    public synchronized boolean rateAlbum(UserId user, AlbumId album, int rating) {
        Rating.check(rating);
        return catalog.albums().findById(album).isPresent()
                && change(albums, user, album.value(), old -> new CatalogAnnotation(old.starredAt(), rating));
    }

    @Override
    public synchronized boolean rateArtist(UserId user, ArtistId artist, int rating) {
        Rating.check(rating);
        return catalog.artists().findById(artist).isPresent()
                && change(artists, user, artist.value(), old -> new CatalogAnnotation(old.starredAt(), rating));
    }

    private static Instant star(CatalogAnnotation old, boolean starred, Instant at) {
        return starred ? (old.starred() ? old.starredAt() : Objects.requireNonNull(at, "at")) : null;
    }

    private static boolean change(Map<UserId, Map<Long, CatalogAnnotation>> store, UserId user, long id,
                                  UnaryOperator<CatalogAnnotation> change) {
        Map<Long, CatalogAnnotation> own = store.computeIfAbsent(Objects.requireNonNull(user, "user"),
                u -> new HashMap<>());
        CatalogAnnotation changed = change.apply(own.getOrDefault(id, CatalogAnnotation.NONE));
        if (changed.isNone()) {
            own.remove(id);
        } else {
            own.put(id, changed);
        }
        return true;
    }

    @Override
    public synchronized Page<AlbumId> findStarredAlbums(UserId user, PageRequest page) {
        reads++;
        return slice(starred(albums, user).stream().map(AlbumId::of).toList(), page);
    }

    @Override
    public synchronized Page<ArtistId> findStarredArtists(UserId user, PageRequest page) {
        reads++;
        return slice(starred(artists, user).stream().map(ArtistId::of).toList(), page);
    }

    private static List<Long> starred(Map<UserId, Map<Long, CatalogAnnotation>> store, UserId user) {
        return store.getOrDefault(user, Map.of()).entrySet().stream().filter(e -> e.getValue().starred())
                .sorted(Comparator.comparing((Map.Entry<Long, CatalogAnnotation> e) -> e.getValue().starredAt())
                        .thenComparing(Map.Entry::getKey).reversed())
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public synchronized Page<AlbumId> findRatedAlbums(UserId user, PageRequest page) {
        reads++;
        Map<Long, CatalogAnnotation> own = albums.getOrDefault(user, Map.of());
        return slice(own.entrySet().stream().filter(e -> e.getValue().rating() > 0)
                .sorted(Comparator.comparingInt((Map.Entry<Long, CatalogAnnotation> e) -> -e.getValue().rating())
                        .thenComparing(e -> catalog.albums().findById(AlbumId.of(e.getKey()))
                                .map(Album::title).orElse(""))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> AlbumId.of(e.getKey())).toList(), page);
    }

    private static <T> Page<T> slice(List<T> all, PageRequest page) {
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(all.size(), from + page.limit());
        return Page.of(all.subList(from, to), all.size(), page);
    }
}
