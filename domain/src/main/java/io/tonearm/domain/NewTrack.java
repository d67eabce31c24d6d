package io.tonearm.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The command to add a track to the catalog: the file and its tags. Strings are stripped; blank optional
 * strings become null. See {@link Track} for the meaning of each field.
 *
 * @throws InvalidValueException (from the constructor) naming the first field that is missing or out of range
 */
public record NewTrack(
        String path,
        String title,
        List<String> artists,
        String album,
        String albumArtist,
        Integer trackNumber,
        Integer discNumber,
        Integer year,
        String genre,
        Duration duration,
        Integer bitrate,
        Integer sampleRate,
        String format,
        long fileSize,
        Instant fileModifiedAt,
        MusicBrainzIds musicBrainz) {

    /** The longest file path the catalog stores, in characters. */
    public static final int MAX_PATH_LENGTH = 1024;
    /** The longest title, name, album or genre the catalog stores, in characters. */
    public static final int MAX_TEXT_LENGTH = 255;

    public NewTrack {
        path = Check.notBlank("path", path, MAX_PATH_LENGTH);
        title = Check.notBlank("title", title, MAX_TEXT_LENGTH).strip();
        artists = Check.names("artists", artists, MAX_TEXT_LENGTH);
        album = Check.blankToNull("album", album, MAX_TEXT_LENGTH);
        albumArtist = Check.blankToNull("albumArtist", albumArtist, MAX_TEXT_LENGTH);
        Check.range("trackNumber", trackNumber, 1, 9999);
        Check.range("discNumber", discNumber, 1, 999);
        Check.range("year", year, 0, 9999);
        genre = Check.blankToNull("genre", genre, MAX_TEXT_LENGTH);
        Check.notNull("duration", duration);
        if (duration.isNegative()) {
            throw new InvalidValueException("duration", "duration must not be negative but was " + duration);
        }
        Check.range("bitrate", bitrate, 1, 100_000);
        Check.range("sampleRate", sampleRate, 1, 10_000_000);
        format = Check.notBlank("format", format, 32).strip();
        Check.atLeast("fileSize", fileSize, 0);
        Check.notNull("fileModifiedAt", fileModifiedAt);
        musicBrainz = musicBrainz == null ? MusicBrainzIds.NONE : musicBrainz;
    }

    /** @return the album artist, falling back to the first track artist when the file names none */
    public String effectiveAlbumArtist() {
        return albumArtist != null ? albumArtist : artists.get(0);
    }
}
