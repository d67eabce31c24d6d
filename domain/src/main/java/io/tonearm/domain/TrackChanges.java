package io.tonearm.domain;

import java.util.List;

/**
 * The command for a partial change of a track's tags. A null field means "leave unchanged"; a field that is
 * given replaces the stored value. File facts (path, size, format) are not changeable here: they come from
 * the file.
 *
 * @throws InvalidValueException (from the constructor) naming the first field that is out of range
 */
public record TrackChanges(
        String title,
        List<String> artists,
        String album,
        String albumArtist,
        Integer trackNumber,
        Integer discNumber,
        Integer year,
        String genre) {

    public TrackChanges {
        if (title != null) {
            title = Check.notBlank("title", title, NewTrack.MAX_TEXT_LENGTH).strip();
        }
        if (artists != null) {
            artists = Check.names("artists", artists, NewTrack.MAX_TEXT_LENGTH);
        }
        if (album != null) {
            album = Check.notBlank("album", album, NewTrack.MAX_TEXT_LENGTH).strip();
        }
        if (albumArtist != null) {
            albumArtist = Check.notBlank("albumArtist", albumArtist, NewTrack.MAX_TEXT_LENGTH).strip();
        }
        Check.range("trackNumber", trackNumber, 1, 9999);
        Check.range("discNumber", discNumber, 1, 999);
        Check.range("year", year, 0, 9999);
        if (genre != null) {
            genre = Check.notBlank("genre", genre, NewTrack.MAX_TEXT_LENGTH).strip();
        }
    }

    /** @return true if no field is to be changed */
    public boolean isEmpty() {
        return title == null && artists == null && album == null && albumArtist == null && trackNumber == null
                && discNumber == null && year == null && genre == null;
    }

    /** @return true if the change can move the track to another album or artist */
    public boolean touchesAlbumOrArtists() {
        return artists != null || album != null || albumArtist != null || year != null;
    }
}
