package io.tonearm.domain;

import java.util.List;

/**
 * The command for a partial change of a track's tags. A null field means "leave unchanged"; a field that is
 * given replaces the stored value. File facts (path, size, format) are not changeable here: they come from
 * the file.
 *
 * @throws InvalidValueException (from the constructor) naming every field that is out of range
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
        Violations check = new Violations();
        if (title != null) {
            title = check.notBlankStripped("title", title, NewTrack.MAX_TEXT_LENGTH);
        }
        if (artists != null) {
            artists = check.names("artists", artists, NewTrack.MAX_TEXT_LENGTH);
        }
        if (album != null) {
            album = check.notBlankStripped("album", album, NewTrack.MAX_TEXT_LENGTH);
        }
        if (albumArtist != null) {
            albumArtist = check.notBlankStripped("albumArtist", albumArtist, NewTrack.MAX_TEXT_LENGTH);
        }
        check.range("trackNumber", trackNumber, 1, 9999);
        check.range("discNumber", discNumber, 1, 999);
        check.range("year", year, 0, 9999);
        if (genre != null) {
            genre = check.notBlankStripped("genre", genre, NewTrack.MAX_TEXT_LENGTH);
        }
        check.throwIfAny();
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
