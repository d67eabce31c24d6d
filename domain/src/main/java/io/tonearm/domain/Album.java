package io.tonearm.domain;

import java.util.Objects;

/**
 * An album: the tracks sharing one album title and one album artist. Tracks by different track artists
 * still belong to the same album when their album artist is the same.
 *
 * @param id         the catalog's id of the album
 * @param title      the album title
 * @param artistId   the album artist's id
 * @param artist     the album artist's name
 * @param year       the release year (the earliest of its tracks), or null
 * @param trackCount how many tracks of the catalog belong to it
 * @param hasCover   whether it has a cover: its first track's file or directory has one (as the last scan found), or
 *                   one was fetched for it
 */
public record Album(AlbumId id, String title, ArtistId artistId, String artist, Integer year, int trackCount,
                    boolean hasCover) {
    /** @throws InvalidValueException if a required fact is missing */
    public Album {
        Objects.requireNonNull(id, "id");
        Check.notBlank("title", title, NewTrack.MAX_TEXT_LENGTH);
        Objects.requireNonNull(artistId, "artistId");
        Check.notBlank("artist", artist, NewTrack.MAX_TEXT_LENGTH);
        Check.atLeast("trackCount", trackCount, 0);
    }

    /** An album without cover. */
    public Album(AlbumId id, String title, ArtistId artistId, String artist, Integer year, int trackCount) {
        this(id, title, artistId, artist, year, trackCount, false);
    }
}
