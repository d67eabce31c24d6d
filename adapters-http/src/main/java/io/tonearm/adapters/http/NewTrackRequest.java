package io.tonearm.adapters.http;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.NewTrack;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The body that adds a track. Absent and null fields are the same: not given. Checked by {@link #toCommand()}
 * (the domain's command validates; doing it here at construction would lose the field name inside Jackson).
 */
record NewTrackRequest(
        String path,
        String title,
        List<String> artists,
        String album,
        String albumArtist,
        Integer trackNumber,
        Integer discNumber,
        Integer year,
        String genre,
        Long durationMs,
        Integer bitrate,
        Integer sampleRate,
        String format,
        Long fileSize,
        Instant fileModifiedAt,
        MusicBrainzJson musicBrainz) {

    /** @throws InvalidValueException naming the first field, by its JSON name, that is missing or out of range */
    NewTrack toCommand() {
        if (durationMs == null) {
            throw new InvalidValueException("durationMs", "durationMs is required");
        }
        if (durationMs < 0) {
            throw new InvalidValueException("durationMs", "durationMs must not be negative but was " + durationMs);
        }
        if (fileSize == null) {
            throw new InvalidValueException("fileSize", "fileSize is required");
        }
        return new NewTrack(path, title, artists, album, albumArtist, trackNumber, discNumber, year, genre,
                Duration.ofMillis(durationMs), bitrate, sampleRate, format, fileSize, fileModifiedAt,
                musicBrainz == null ? null : musicBrainz.toDomain());
    }
}
