package io.tonearm.domain.port;

import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.CatalogAnnotation;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Each user's own annotations of the catalog's albums and artists: which they starred (and when) and how they rated
 * them (tracks' are kept by {@link TrackAnnotations}). Lists return ids, like {@link Albums}. A user's, an album's or
 * an artist's removal removes its annotations.
 */
public interface AlbumArtistAnnotations {

    /** @return the user's annotation of each of these albums they starred or rated; others are left out */
    Map<AlbumId, CatalogAnnotation> findAlbums(UserId user, Collection<AlbumId> albums);

    /** @return the user's annotation of each of these artists they starred or rated; others are left out */
    Map<ArtistId, CatalogAnnotation> findArtists(UserId user, Collection<ArtistId> artists);

    /**
     * Stars or unstars an album for one user; starring one already starred keeps its first time.
     *
     * @return true if the album exists (nothing is written otherwise)
     */
    boolean starAlbum(UserId user, AlbumId album, boolean starred, Instant at);

    /**
     * Stars or unstars an artist for one user; starring one already starred keeps its first time.
     *
     * @return true if the artist exists (nothing is written otherwise)
     */
    boolean starArtist(UserId user, ArtistId artist, boolean starred, Instant at);

    /**
     * Rates an album for one user, or clears the rating ({@link io.tonearm.domain.Rating#NONE}).
     *
     * @return true if the album exists (nothing is written otherwise)
     * @throws io.tonearm.domain.InvalidValueException naming {@code rating} if it is outside 0-5
     */
    boolean rateAlbum(UserId user, AlbumId album, int rating);

    /**
     * Rates an artist for one user, or clears the rating ({@link io.tonearm.domain.Rating#NONE}).
     *
     * @return true if the artist exists (nothing is written otherwise)
     * @throws io.tonearm.domain.InvalidValueException naming {@code rating} if it is outside 0-5
     */
    boolean rateArtist(UserId user, ArtistId artist, int rating);

    /** @return the user's starred albums, the most recently starred first (ties by id) */
    Page<AlbumId> findStarredAlbums(UserId user, PageRequest page);

    /** @return the user's starred artists, the most recently starred first (ties by id) */
    Page<ArtistId> findStarredArtists(UserId user, PageRequest page);

    /** @return the albums the user rated, the highest rated first (ties by title, then id) */
    Page<AlbumId> findRatedAlbums(UserId user, PageRequest page);
}
