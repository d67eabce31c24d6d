package io.tonearm.application;

import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.CatalogAnnotation;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.AlbumArtistAnnotations;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.TrackAnnotations;
import io.tonearm.domain.user.UserId;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Each listener's stars of albums and artists and their ratings (1-5) of tracks, albums and artists (stars of tracks
 * are {@link ListenerLibrary#setTrackFavorite}'s). Every answer is the listener's own, read through the query cache
 * in their partition; every change drops only that listener's entries and lists it can change, in every process.
 */
public interface StarsAndRatings {

    /**
     * Stars or unstars an album for the listener (a second star keeps the first time). Invalidates
     * {@link Mutation#ALBUM_STARRED}: their starred albums and their annotation of the album.
     *
     * @return true if the album exists
     */
    boolean setAlbumFavorite(UserId listener, AlbumId album, boolean favorite);

    /**
     * Stars or unstars an artist for the listener. Invalidates {@link Mutation#ARTIST_STARRED}: their starred
     * artists and their annotation of the artist.
     *
     * @return true if the artist exists
     */
    boolean setArtistFavorite(UserId listener, ArtistId artist, boolean favorite);

    /**
     * Rates a track for the listener; 0 clears the rating. Invalidates {@link Mutation#TRACK_RATED}: their
     * annotation of the track (loaded again).
     *
     * @return true if the track exists
     * @throws InvalidValueException naming {@code rating} if it is outside 0-5
     */
    boolean rateTrack(UserId listener, TrackId track, int rating);

    /**
     * Rates an album for the listener; 0 clears the rating. Invalidates {@link Mutation#ALBUM_RATED}: their rated
     * albums and their annotation of the album.
     *
     * @return true if the album exists
     * @throws InvalidValueException naming {@code rating} if it is outside 0-5
     */
    boolean rateAlbum(UserId listener, AlbumId album, int rating);

    /**
     * Rates an artist for the listener; 0 clears the rating. Invalidates {@link Mutation#ARTIST_RATED}: their
     * annotation of the artist.
     *
     * @return true if the artist exists
     * @throws InvalidValueException naming {@code rating} if it is outside 0-5
     */
    boolean rateArtist(UserId listener, ArtistId artist, int rating);

    /** @return the listener's annotation of each track, {@link TrackAnnotation#NONE} for those they left alone */
    Map<TrackId, TrackAnnotation> ofTracks(UserId listener, Collection<TrackId> tracks);

    /** @return the listener's annotation of each album, {@link CatalogAnnotation#NONE} for those they left alone */
    Map<AlbumId, CatalogAnnotation> ofAlbums(UserId listener, Collection<AlbumId> albums);

    /** @return the listener's annotation of each artist, {@link CatalogAnnotation#NONE} for those they left alone */
    Map<ArtistId, CatalogAnnotation> ofArtists(UserId listener, Collection<ArtistId> artists);

    /** @return the listener's starred albums, the latest star first */
    Page<Album> getStarredAlbums(UserId listener, PageRequest page);

    /** @return the listener's starred artists, the latest star first */
    Page<Artist> getStarredArtists(UserId listener, PageRequest page);

    /** @return the albums the listener rated, the highest first (ties by title) */
    Page<Album> getRatedAlbums(UserId listener, PageRequest page);

    /**
     * @param catalog the library whose albums and artists the lists are filled from (and whose cache entries)
     * @param changes where every change is also written, in the same transaction, for the other processes
     * @param clock   the clock stars are stamped with
     * @return the use cases over these ports
     */
    static StarsAndRatings create(Library catalog, TrackAnnotations tracks, AlbumArtistAnnotations annotations,
                                  QueryCache cache, ChangeLog changes, Clock clock) {
        return new StarsAndRatingsService(Objects.requireNonNull(catalog, "catalog"),
                Objects.requireNonNull(tracks, "tracks"), Objects.requireNonNull(annotations, "annotations"),
                Objects.requireNonNull(cache, "cache"), Objects.requireNonNull(changes, "changes"),
                Objects.requireNonNull(clock, "clock"));
    }
}
