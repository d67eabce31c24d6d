package io.tonearm.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A track of the catalog: one audio file with its tags, its file facts and what the listener did with it.
 * Optional facts (album, numbers, year, genre, bitrate, sample rate, play time) are null when unknown.
 *
 * @param id             the catalog's id of the track
 * @param path           the audio file's path, unique in the catalog
 * @param title          the title (never blank)
 * @param artists        the track's artists, in the order the tags name them (at least one)
 * @param albumId        the album the track belongs to, or null when it has no album tag
 * @param album          the album title, or null
 * @param albumArtist    the album artist; when the file names none, derived from its folder by a scan (see
 *                       {@link io.tonearm.domain.port.Tracks#upsertAll}), else the first track artist
 * @param trackNumber    the position on the disc, from 1, or null
 * @param discNumber     the disc, from 1, or null
 * @param year           the release year, or null
 * @param genre          the genre, or null
 * @param duration       the playing time
 * @param bitrate        the bitrate in kbit/s, or null
 * @param sampleRate     the sample rate in Hz, or null
 * @param format         the container/codec name, such as {@code "MP3"} or {@code "FLAC"}
 * @param fileSize       the file's size in bytes
 * @param fileModifiedAt the file's last modification time
 * @param musicBrainz    the MusicBrainz ids the file is tagged with
 * @param favorite       whether the listener marked the track as a favorite
 * @param playCount      how many times it was played
 * @param lastPlayedAt   when it was last played, or null if never
 * @param addedAt        when it entered the catalog
 * @param updatedAt      when its catalog entry last changed
 * @param hasCover       whether it has a cover: its file holds a picture or its directory a cover image (as the
 *                       last scan found), or a cover was fetched for its album
 * @param replayGain     the ReplayGain the file is tagged with ({@link ReplayGain#NONE} when none)
 */
public record Track(
        TrackId id,
        String path,
        String title,
        List<String> artists,
        AlbumId albumId,
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
        boolean favorite,
        long playCount,
        Instant lastPlayedAt,
        Instant addedAt,
        Instant updatedAt,
        boolean hasCover,
        ReplayGain replayGain) {

    /** @throws InvalidValueException if a required fact is missing */
    public Track {
        Objects.requireNonNull(id, "id");
        Check.notBlank("path", path, NewTrack.MAX_PATH_LENGTH);
        Check.notBlank("title", title, NewTrack.MAX_TEXT_LENGTH);
        artists = List.copyOf(Check.notNull("artists", artists));
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fileModifiedAt, "fileModifiedAt");
        musicBrainz = musicBrainz == null ? MusicBrainzIds.NONE : musicBrainz;
        Objects.requireNonNull(addedAt, "addedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        replayGain = replayGain == null ? ReplayGain.NONE : replayGain;
    }

    /** A track without ReplayGain: every fact but {@code replayGain}, which is {@link ReplayGain#NONE}. */
    public Track(TrackId id, String path, String title, List<String> artists, AlbumId albumId, String album,
                 String albumArtist, Integer trackNumber, Integer discNumber, Integer year, String genre,
                 Duration duration, Integer bitrate, Integer sampleRate, String format, long fileSize,
                 Instant fileModifiedAt, MusicBrainzIds musicBrainz, boolean favorite, long playCount,
                 Instant lastPlayedAt, Instant addedAt, Instant updatedAt, boolean hasCover) {
        this(id, path, title, artists, albumId, album, albumArtist, trackNumber, discNumber, year, genre, duration,
                bitrate, sampleRate, format, fileSize, fileModifiedAt, musicBrainz, favorite, playCount, lastPlayedAt,
                addedAt, updatedAt, hasCover, ReplayGain.NONE);
    }

    /** A track without cover or ReplayGain: every fact but {@code hasCover}, which is false, and {@code replayGain}. */
    public Track(TrackId id, String path, String title, List<String> artists, AlbumId albumId, String album,
                 String albumArtist, Integer trackNumber, Integer discNumber, Integer year, String genre,
                 Duration duration, Integer bitrate, Integer sampleRate, String format, long fileSize,
                 Instant fileModifiedAt, MusicBrainzIds musicBrainz, boolean favorite, long playCount,
                 Instant lastPlayedAt, Instant addedAt, Instant updatedAt) {
        this(id, path, title, artists, albumId, album, albumArtist, trackNumber, discNumber, year, genre, duration,
                bitrate, sampleRate, format, fileSize, fileModifiedAt, musicBrainz, favorite, playCount, lastPlayedAt,
                addedAt, updatedAt, false, ReplayGain.NONE);
    }

    /**
     * @return this track as one user sees it: favorite flag, play count and last played time from that user's
     *     {@code annotation}, every other fact unchanged; this very track when it shows them already (so that what
     *     is kept per track instance, such as its JSON, is kept for a track nobody starred or played)
     */
    public Track withAnnotation(TrackAnnotation annotation) {
        Objects.requireNonNull(annotation, "annotation");
        if (favorite == annotation.favorite() && playCount == annotation.playCount()
                && Objects.equals(lastPlayedAt, annotation.lastPlayedAt())) {
            return this;
        }
        return new Track(id, path, title, artists, albumId, album, albumArtist, trackNumber, discNumber, year,
                genre, duration, bitrate, sampleRate, format, fileSize, fileModifiedAt, musicBrainz,
                annotation.favorite(), annotation.playCount(), annotation.lastPlayedAt(), addedAt, updatedAt, hasCover,
                replayGain);
    }

    /** @return this track with the favorite flag set to {@code flag} */
    public Track withFavorite(boolean flag) {
        return new Track(id, path, title, artists, albumId, album, albumArtist, trackNumber, discNumber, year,
                genre, duration, bitrate, sampleRate, format, fileSize, fileModifiedAt, musicBrainz, flag,
                playCount, lastPlayedAt, addedAt, updatedAt, hasCover, replayGain);
    }
}
