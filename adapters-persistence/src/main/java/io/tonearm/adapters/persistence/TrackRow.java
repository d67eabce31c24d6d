package io.tonearm.adapters.persistence;

import io.tonearm.domain.AlbumId;
import io.tonearm.domain.MusicBrainzIds;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.ReplayGain;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/** A row of {@code tracks} as MyBatis reads and writes it; converted to and from the domain at the edges. */
final class TrackRow {
    Long id;
    String path;
    String title;
    Long albumId;
    String albumTitle;
    Long albumArtistId;
    String albumArtistName;
    /** True if the file named no album artist: the catalog derived it (see CatalogWriter). */
    boolean albumArtistDerived;
    Integer trackNumber;
    Integer discNumber;
    Integer year;
    String genre;
    long durationMs;
    Integer bitrate;
    Integer sampleRate;
    String format;
    long fileSize;
    Instant fileModifiedAt;
    String mbRecordingId;
    String mbReleaseId;
    String mbArtistId;
    Double rgTrackGain;
    Double rgTrackPeak;
    Double rgAlbumGain;
    Double rgAlbumPeak;
    boolean favorite;
    long playCount;
    Instant lastPlayedAt;
    Instant addedAt;
    Instant updatedAt;
    /** Whether the file holds a picture; null if not known (in a draft: keep the stored value). */
    Boolean embeddedCover;
    /** Whether the file's directory held a cover image; null in a draft that does not say (keep the stored value). */
    Boolean folderCover;
    /** Read only: whether a cover was fetched for the track's album (album_covers). */
    boolean fetchedCover;
    /** Filled from track_artists, in position order. */
    List<String> artists = List.of();
    List<Long> artistIds = List.of();

    /** @return a row holding the command's facts, ready to be inserted or to replace a stored row */
    static TrackRow of(NewTrack track, Long albumId, long albumArtistId, List<Long> artistIds, Instant now) {
        TrackRow row = new TrackRow();
        row.path = track.path();
        row.title = track.title();
        row.albumId = albumId;
        row.albumTitle = track.album();
        row.albumArtistId = albumArtistId;
        row.albumArtistName = track.effectiveAlbumArtist();
        row.albumArtistDerived = track.albumArtist() == null;
        row.trackNumber = track.trackNumber();
        row.discNumber = track.discNumber();
        row.year = track.year();
        row.genre = track.genre();
        row.durationMs = track.duration().toMillis();
        row.bitrate = track.bitrate();
        row.sampleRate = track.sampleRate();
        row.format = track.format();
        row.fileSize = track.fileSize();
        row.fileModifiedAt = track.fileModifiedAt().truncatedTo(ChronoUnit.MICROS);
        row.mbRecordingId = track.musicBrainz().recordingId();
        row.mbReleaseId = track.musicBrainz().releaseId();
        row.mbArtistId = track.musicBrainz().artistId();
        row.rgTrackGain = track.replayGain().trackGain();
        row.rgTrackPeak = track.replayGain().trackPeak();
        row.rgAlbumGain = track.replayGain().albumGain();
        row.rgAlbumPeak = track.replayGain().albumPeak();
        row.artists = track.artists();
        row.artistIds = List.copyOf(artistIds);
        row.addedAt = now;
        row.updatedAt = now;
        row.embeddedCover = track.embeddedPicture();
        row.folderCover = track.folderImage();
        return row;
    }

    /** Where this draft does not say what covers it has, takes what {@code stored} says; and its fetched cover. */
    void keepUnknownCovers(TrackRow stored) {
        if (embeddedCover == null) {
            embeddedCover = stored.embeddedCover;
        }
        if (folderCover == null) {
            folderCover = stored.folderCover;
        }
        fetchedCover = stored.fetchedCover;
    }

    /** @return true if every fact a file, a tag edit or a scan can change is the same in both rows */
    boolean sameFactsAs(TrackRow other) {
        return Objects.equals(path, other.path) && Objects.equals(title, other.title)
                && Objects.equals(albumId, other.albumId) && Objects.equals(albumArtistId, other.albumArtistId)
                && albumArtistDerived == other.albumArtistDerived
                && Objects.equals(trackNumber, other.trackNumber) && Objects.equals(discNumber, other.discNumber)
                && Objects.equals(year, other.year) && Objects.equals(genre, other.genre)
                && durationMs == other.durationMs && Objects.equals(bitrate, other.bitrate)
                && Objects.equals(sampleRate, other.sampleRate) && Objects.equals(format, other.format)
                && fileSize == other.fileSize && Objects.equals(fileModifiedAt, other.fileModifiedAt)
                && Objects.equals(mbRecordingId, other.mbRecordingId)
                && Objects.equals(mbReleaseId, other.mbReleaseId) && Objects.equals(mbArtistId, other.mbArtistId)
                && Objects.equals(rgTrackGain, other.rgTrackGain) && Objects.equals(rgTrackPeak, other.rgTrackPeak)
                && Objects.equals(rgAlbumGain, other.rgAlbumGain) && Objects.equals(rgAlbumPeak, other.rgAlbumPeak)
                && artistIds.equals(other.artistIds)
                && Objects.equals(embeddedCover, other.embeddedCover)
                && Boolean.TRUE.equals(folderCover) == Boolean.TRUE.equals(other.folderCover);
    }

    /**
     * @return true if the track's own search words (its title's; artist and album words belong to the artist
     *     and the album) are the same in both rows
     */
    boolean sameSearchTextAs(TrackRow other) {
        return Objects.equals(title, other.title);
    }

    Track toTrack() {
        return new Track(TrackId.of(id), path, title, artists, albumId == null ? null : AlbumId.of(albumId),
                albumTitle, albumArtistName, trackNumber, discNumber, year, genre, Duration.ofMillis(durationMs),
                bitrate, sampleRate, format, fileSize, fileModifiedAt,
                new MusicBrainzIds(mbRecordingId, mbReleaseId, mbArtistId), favorite, playCount, lastPlayedAt,
                addedAt, updatedAt, hasCover(), new ReplayGain(rgTrackGain, rgTrackPeak, rgAlbumGain, rgAlbumPeak));
    }

    /** @return whether the track has a cover: its own picture or directory image, else its album's fetched one */
    boolean hasCover() {
        return Boolean.TRUE.equals(embeddedCover) || Boolean.TRUE.equals(folderCover) || fetchedCover;
    }
}
