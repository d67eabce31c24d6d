package io.tonearm.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The command to add a track to the catalog: the file and its tags. Strings are stripped; blank optional
 * strings become null. See {@link Track} for the meaning of each field; the two cover facts are null when not
 * known (a track added by hand, or edited), and the catalog then keeps what it knows.
 *
 * @param embeddedPicture whether the file holds a picture, or null if it was not looked at
 * @param folderImage     whether the file's directory holds a cover image, or null if it was not looked at
 * @param replayGain      the ReplayGain the file is tagged with ({@link ReplayGain#NONE} when none)
 *
 * @throws InvalidValueException (from the constructor) naming every field that is missing or out of range
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
        MusicBrainzIds musicBrainz,
        Boolean embeddedPicture,
        Boolean folderImage,
        ReplayGain replayGain) {

    /** The longest file path the catalog stores, in characters. */
    public static final int MAX_PATH_LENGTH = 1024;
    /** The longest title, name, album or genre the catalog stores, in characters. */
    public static final int MAX_TEXT_LENGTH = 255;

    public NewTrack {
        Violations check = new Violations();
        path = check.notBlank("path", path, MAX_PATH_LENGTH);
        title = check.notBlankStripped("title", title, MAX_TEXT_LENGTH);
        artists = check.names("artists", artists, MAX_TEXT_LENGTH);
        album = check.blankToNull("album", album, MAX_TEXT_LENGTH);
        albumArtist = check.blankToNull("albumArtist", albumArtist, MAX_TEXT_LENGTH);
        check.range("trackNumber", trackNumber, 1, 9999);
        check.range("discNumber", discNumber, 1, 999);
        check.range("year", year, 0, 9999);
        genre = check.blankToNull("genre", genre, MAX_TEXT_LENGTH);
        if (check.notNull("duration", duration) != null && duration.isNegative()) {
            check.add("duration", "duration must not be negative but was " + duration);
        }
        check.range("bitrate", bitrate, 1, 100_000);
        check.range("sampleRate", sampleRate, 1, 10_000_000);
        format = check.notBlankStripped("format", format, 32);
        check.atLeast("fileSize", fileSize, 0);
        check.notNull("fileModifiedAt", fileModifiedAt);
        check.throwIfAny();
        musicBrainz = musicBrainz == null ? MusicBrainzIds.NONE : musicBrainz;
        replayGain = replayGain == null ? ReplayGain.NONE : replayGain;
    }

    /** The command without ReplayGain ({@link ReplayGain#NONE}). */
    public NewTrack(String path, String title, List<String> artists, String album, String albumArtist,
                    Integer trackNumber, Integer discNumber, Integer year, String genre, Duration duration,
                    Integer bitrate, Integer sampleRate, String format, long fileSize, Instant fileModifiedAt,
                    MusicBrainzIds musicBrainz, Boolean embeddedPicture, Boolean folderImage) {
        this(path, title, artists, album, albumArtist, trackNumber, discNumber, year, genre, duration, bitrate,
                sampleRate, format, fileSize, fileModifiedAt, musicBrainz, embeddedPicture, folderImage,
                ReplayGain.NONE);
    }

    /** The command with its cover facts unknown (null), without ReplayGain. */
    public NewTrack(String path, String title, List<String> artists, String album, String albumArtist,
                    Integer trackNumber, Integer discNumber, Integer year, String genre, Duration duration,
                    Integer bitrate, Integer sampleRate, String format, long fileSize, Instant fileModifiedAt,
                    MusicBrainzIds musicBrainz) {
        this(path, title, artists, album, albumArtist, trackNumber, discNumber, year, genre, duration, bitrate,
                sampleRate, format, fileSize, fileModifiedAt, musicBrainz, null, null, ReplayGain.NONE);
    }

    /** @return this command saying whether the file holds a picture */
    public NewTrack withEmbeddedPicture(boolean present) {
        return new NewTrack(path, title, artists, album, albumArtist, trackNumber, discNumber, year, genre, duration,
                bitrate, sampleRate, format, fileSize, fileModifiedAt, musicBrainz, present, folderImage, replayGain);
    }

    /** @return this command saying whether the file's directory holds a cover image */
    public NewTrack withFolderImage(boolean present) {
        return new NewTrack(path, title, artists, album, albumArtist, trackNumber, discNumber, year, genre, duration,
                bitrate, sampleRate, format, fileSize, fileModifiedAt, musicBrainz, embeddedPicture, present,
                replayGain);
    }

    /** @return this command with the file's ReplayGain */
    public NewTrack withReplayGain(ReplayGain gain) {
        return new NewTrack(path, title, artists, album, albumArtist, trackNumber, discNumber, year, genre, duration,
                bitrate, sampleRate, format, fileSize, fileModifiedAt, musicBrainz, embeddedPicture, folderImage, gain);
    }

    /** @return the album artist, falling back to the first track artist when the file names none */
    public String effectiveAlbumArtist() {
        return albumArtist != null ? albumArtist : artists.get(0);
    }
}
