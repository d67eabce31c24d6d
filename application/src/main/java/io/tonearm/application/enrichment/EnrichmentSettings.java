package io.tonearm.application.enrichment;

import io.tonearm.domain.enrichment.CoverSize;
import java.util.Objects;

/**
 * How enrichment runs: when a search result is taken as the album's release, when it is kept for a person to
 * choose, the size of the covers fetched, and whether matches are written into the audio files.
 *
 * @param matchScore     the least MusicBrainz score (0–100) of a search result that is matched without asking,
 *                       when its track count also agrees and no other result has the same score
 * @param candidateScore the least score of a result kept as a candidate
 * @param coverSize      the size of the front covers fetched from the Cover Art Archive
 * @param writeTags      whether a match is also written into the album's files ({@link MatchWriteBack})
 */
public record EnrichmentSettings(int matchScore, int candidateScore, CoverSize coverSize, boolean writeTags) {
    /** 95 to match, 50 to keep as a candidate, covers of 1200 px, no tags written. */
    public static final EnrichmentSettings DEFAULT = new EnrichmentSettings(95, 50);

    /**
     * @throws IllegalArgumentException if a score is outside 0–100 or the candidate score is above the match score
     */
    public EnrichmentSettings {
        if (matchScore < 0 || matchScore > 100 || candidateScore < 0 || candidateScore > matchScore) {
            throw new IllegalArgumentException("enrichment scores must satisfy 0 <= candidate score (" + candidateScore
                    + ") <= match score (" + matchScore + ") <= 100");
        }
        Objects.requireNonNull(coverSize, "coverSize");
    }

    /** Scores, with covers of 1200 px and no tags written. */
    public EnrichmentSettings(int matchScore, int candidateScore) {
        this(matchScore, candidateScore, CoverSize.LARGE, false);
    }
}
