package io.tonearm.domain.enrichment;

import io.tonearm.domain.InvalidValueException;
import java.util.Objects;

/**
 * What a release is searched by when no MusicBrainz id is known: the album's artist, its title and, when known,
 * its number of tracks.
 *
 * @param artist     the album artist as tagged; not blank
 * @param album      the album title as tagged; not blank
 * @param trackCount the number of tracks, or 0 when unknown
 */
public record ReleaseSearch(String artist, String album, int trackCount) {
    /** @throws InvalidValueException naming the first bad field */
    public ReleaseSearch {
        Objects.requireNonNull(artist, "artist");
        Objects.requireNonNull(album, "album");
        if (artist.isBlank()) {
            throw new InvalidValueException("artist", "the artist to search for must not be blank");
        }
        if (album.isBlank()) {
            throw new InvalidValueException("album", "the album to search for must not be blank");
        }
        if (trackCount < 0) {
            throw new InvalidValueException("trackCount", "trackCount must be >= 0 but was " + trackCount);
        }
        artist = artist.strip();
        album = album.strip();
    }
}
