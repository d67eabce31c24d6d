package io.tonearm.application.enrichment;

import io.tonearm.domain.enrichment.AlbumMatch;
import java.util.Objects;

/**
 * A match a person chose, stored, and what writing it into the album's files did.
 *
 * @param match the stored match
 * @param files the files written and those that could not be ({@link MatchWriteBack.Report#NONE} without
 *              {@code enrichment.write-tags})
 */
public record PersonMatch(AlbumMatch match, MatchWriteBack.Report files) {
    public PersonMatch {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(files, "files");
    }
}
