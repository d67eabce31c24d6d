package io.tonearm.adapters.http;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.MusicBrainzIds;
import io.tonearm.domain.NewTrack;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The body that adds a track. Absent and null fields are the same: not given. Checked by {@link #toCommand}
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

    /**
     * @return the command, or null when something is wrong with this body: then every bad field, by its JSON name
     *     and under {@code prefix}, was added to {@code problems}
     */
    NewTrack toCommand(String prefix, RequestProblems problems) {
        String at = prefix.isEmpty() ? "" : prefix + ".";
        boolean complete = true;
        if (durationMs == null) {
            problems.add(new InvalidParam(at + "durationMs", at + "durationMs is required"));
            complete = false;
        } else if (durationMs < 0) {
            problems.add(new InvalidParam(at + "durationMs",
                    at + "durationMs must not be negative but was " + durationMs));
            complete = false;
        }
        if (fileSize == null) {
            problems.add(new InvalidParam(at + "fileSize", at + "fileSize is required"));
            complete = false;
        }
        MusicBrainzIds ids = null;
        try {
            ids = musicBrainz == null ? null : musicBrainz.toDomain();
        } catch (InvalidValueException e) {
            problems.addAll(prefix, e, field -> field);
            complete = false;
        }
        try {
            // stand-ins for the missing values, so that the domain still checks (and names) every other field
            NewTrack track = new NewTrack(path, title, artists, album, albumArtist, trackNumber, discNumber, year,
                    genre, Duration.ofMillis(durationMs == null ? 0 : Math.max(durationMs, 0)), bitrate,
                    sampleRate, format, fileSize == null ? 0 : fileSize, fileModifiedAt, ids);
            return complete ? track : null;
        } catch (InvalidValueException e) {
            problems.addAll(prefix, e, field -> field.equals("duration") ? "durationMs" : field);
            return null;
        }
    }
}
