package io.tonearm.adapters.http;

import io.tonearm.application.StarsAndRatings;
import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.CatalogAnnotation;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Rating;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A hand-written fake of the stars and ratings over a {@link FakeLibrary}, one set for everybody like the library's
 * favorites: a track's star is the library's favorite flag (its time the track's last change), ratings and the
 * stars of albums and artists are kept here. The real use case is tested in application and on the whole stack.
 */
final class FakeStarsAndRatings implements StarsAndRatings {
    private final FakeLibrary library;
    private final Map<Long, CatalogAnnotation> albums = new LinkedHashMap<>();
    private final Map<Long, CatalogAnnotation> artists = new LinkedHashMap<>();
    private final Map<Long, Integer> trackRatings = new HashMap<>();
    private long tick;

    FakeStarsAndRatings(FakeLibrary library) {
        this.library = library;
    }

    /** Forgets every star and rating kept here. */
    synchronized void reset() {
        albums.clear();
        artists.clear();
        trackRatings.clear();
    }

    @Override
    public synchronized boolean setAlbumFavorite(UserId listener, AlbumId album, boolean favorite) {
        return library.getAlbum(album).isPresent() && change(albums, album.value(),
                old -> new CatalogAnnotation(favorite ? (old.starred() ? old.starredAt() : next()) : null,
                        old.rating()));
    }

    @Override
    public synchronized boolean setArtistFavorite(UserId listener, ArtistId artist, boolean favorite) {
        return library.getArtist(artist).isPresent() && change(artists, artist.value(),
                old -> new CatalogAnnotation(favorite ? (old.starred() ? old.starredAt() : next()) : null,
                        old.rating()));
    }

    @Override
    public synchronized boolean rateTrack(UserId listener, TrackId track, int rating) {
        Rating.check(rating);
        if (library.getTrack(track).isEmpty()) {
            return false;
        }
        trackRatings.put(track.value(), rating);
        return true;
    }

    @Override
    public synchronized boolean rateAlbum(UserId listener, AlbumId album, int rating) {
        Rating.check(rating);
        return library.getAlbum(album).isPresent()
                && change(albums, album.value(), old -> new CatalogAnnotation(old.starredAt(), rating));
    }

    @Override
    public synchronized boolean rateArtist(UserId listener, ArtistId artist, int rating) {
        Rating.check(rating);
        return library.getArtist(artist).isPresent()
                && change(artists, artist.value(), old -> new CatalogAnnotation(old.starredAt(), rating));
    }

    private Instant next() {
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(++tick);
    }

    private static boolean change(Map<Long, CatalogAnnotation> store, long id,
                                  Function<CatalogAnnotation, CatalogAnnotation> change) {
        CatalogAnnotation changed = change.apply(store.getOrDefault(id, CatalogAnnotation.NONE));
        if (changed.isNone()) {
            store.remove(id);
        } else {
            store.put(id, changed);
        }
        return true;
    }

    @Override
    public synchronized Map<TrackId, TrackAnnotation> ofTracks(UserId listener, Collection<TrackId> tracks) {
        Map<TrackId, TrackAnnotation> found = new HashMap<>();
        for (TrackId id : tracks) {
            Optional<Track> track = library.getTrack(id);
            int rating = trackRatings.getOrDefault(id.value(), Rating.NONE);
            found.put(id, track.map(t -> new TrackAnnotation(t.favorite(), t.favorite() ? t.updatedAt() : null,
                    t.playCount(), t.lastPlayedAt(), rating)).orElse(TrackAnnotation.NONE));
        }
        return found;
    }

    @Override
    public synchronized Map<AlbumId, CatalogAnnotation> ofAlbums(UserId listener, Collection<AlbumId> ids) {
        Map<AlbumId, CatalogAnnotation> found = new HashMap<>();
        ids.forEach(id -> found.put(id, albums.getOrDefault(id.value(), CatalogAnnotation.NONE)));
        return found;
    }

    @Override
    public synchronized Map<ArtistId, CatalogAnnotation> ofArtists(UserId listener, Collection<ArtistId> ids) {
        Map<ArtistId, CatalogAnnotation> found = new HashMap<>();
        ids.forEach(id -> found.put(id, artists.getOrDefault(id.value(), CatalogAnnotation.NONE)));
        return found;
    }

    @Override
    public synchronized Page<Album> getStarredAlbums(UserId listener, PageRequest page) {
        return slice(starred(albums).stream().map(id -> library.getAlbum(AlbumId.of(id)))
                .flatMap(Optional::stream).toList(), page);
    }

    @Override
    public synchronized Page<Artist> getStarredArtists(UserId listener, PageRequest page) {
        return slice(starred(artists).stream().map(id -> library.getArtist(ArtistId.of(id)))
                .flatMap(Optional::stream).toList(), page);
    }

    @Override
    public synchronized Page<Album> getRatedAlbums(UserId listener, PageRequest page) {
        return slice(albums.entrySet().stream().filter(e -> e.getValue().rating() > 0)
                .map(e -> library.getAlbum(AlbumId.of(e.getKey()))
                        .map(album -> Map.entry(e.getValue().rating(), album)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((Map.Entry<Integer, Album> e) -> -e.getKey())
                        .thenComparing(e -> e.getValue().title()))
                .map(Map.Entry::getValue).toList(), page);
    }

    private static List<Long> starred(Map<Long, CatalogAnnotation> store) {
        return store.entrySet().stream().filter(e -> e.getValue().starred())
                .sorted(Comparator.comparing((Map.Entry<Long, CatalogAnnotation> e) -> e.getValue().starredAt())
                        .reversed())
                .map(Map.Entry::getKey).toList();
    }

    private static <T> Page<T> slice(List<T> all, PageRequest page) {
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(all.size(), from + page.limit());
        return Page.of(all.subList(from, to), all.size(), page);
    }
}
