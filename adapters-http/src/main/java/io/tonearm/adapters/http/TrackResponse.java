package io.tonearm.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tonearm.domain.Track;
import java.time.Instant;
import java.util.List;

/**
 * A track as the API shows it. Ids are plain numbers, the playing time is {@code durationMs} (whole
 * milliseconds), instants are ISO-8601 strings; unknown optional facts are left out rather than null, except
 * {@code coverUrl}, which is always there: where the track's cover is, or null when it has none.
 */
record TrackResponse(
        long id,
        String path,
        String title,
        List<String> artists,
        Long albumId,
        String album,
        String albumArtist,
        Integer trackNumber,
        Integer discNumber,
        Integer year,
        String genre,
        long durationMs,
        Integer bitrate,
        Integer sampleRate,
        String format,
        long fileSize,
        Instant fileModifiedAt,
        MusicBrainzJson musicBrainz,
        ReplayGainJson replayGain,
        boolean favorite,
        long playCount,
        Instant lastPlayedAt,
        Instant addedAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) String coverUrl) {

    static TrackResponse of(Track track) {
        return new TrackResponse(track.id().value(), track.path(), track.title(), track.artists(),
                track.albumId() == null ? null : track.albumId().value(), track.album(), track.albumArtist(),
                track.trackNumber(), track.discNumber(), track.year(), track.genre(), track.duration().toMillis(),
                track.bitrate(), track.sampleRate(), track.format(), track.fileSize(), track.fileModifiedAt(),
                MusicBrainzJson.of(track.musicBrainz()), ReplayGainJson.of(track.replayGain()), track.favorite(),
                track.playCount(), track.lastPlayedAt(),
                track.addedAt(), track.updatedAt(),
                track.hasCover() ? "/api/tracks/" + track.id().value() + "/cover" : null);
    }
}
