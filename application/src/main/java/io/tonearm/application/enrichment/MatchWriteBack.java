package io.tonearm.application.enrichment;

import io.tonearm.application.TrackCommands;
import io.tonearm.application.TrackQueries;
import io.tonearm.domain.enrichment.AlbumMatch;
import io.tonearm.domain.port.AudioFiles;
import io.tonearm.domain.port.TrackFiles;
import java.util.List;
import java.util.Objects;

/**
 * Writes an album's match into its audio files, the opt-in {@code enrichment.write-tags}: the MusicBrainz ids (the
 * release's, its group's and artists', each track's recording where the release lists one at the track's disc and
 * number) and the release's label always, its year and first genre only into tracks that have none. Titles,
 * artists and album names are never written, and neither is any field a track already has a value for: enrichment
 * never overwrites what a person set through the API.
 */
public interface MatchWriteBack {
    /** Writes nothing: for a server without {@code enrichment.write-tags}. */
    MatchWriteBack NONE = match -> Report.NONE;

    /**
     * Writes the match into each of its album's files, each atomically (a file that cannot be written is left as it
     * was and named in the report), and records each written file's new size and time and the filled-in year and
     * genre in the catalog, so that the next scan sees the file as unchanged.
     *
     * @return how many files were written and which could not be
     */
    Report write(AlbumMatch match);

    /**
     * What one write-back did.
     *
     * @param written  files written
     * @param failures one line per file that could not be written, naming it and why
     */
    record Report(int written, List<String> failures) {
        /** Nothing written, nothing failed. */
        public static final Report NONE = new Report(0, List.of());

        public Report {
            failures = List.copyOf(failures);
        }
    }

    /**
     * @param tracks     the catalog's reads (an album's tracks)
     * @param catalog    the catalog's changes, without tag write-back of its own (the filled-in year and genre)
     * @param files      the audio files
     * @param trackFiles where a written file's new size and time are recorded
     * @return the write-back
     */
    static MatchWriteBack create(TrackQueries tracks, TrackCommands catalog, AudioFiles files, TrackFiles trackFiles) {
        return new FileMatchWriteBack(Objects.requireNonNull(tracks, "tracks"),
                Objects.requireNonNull(catalog, "catalog"), Objects.requireNonNull(files, "files"),
                Objects.requireNonNull(trackFiles, "trackFiles"));
    }
}
