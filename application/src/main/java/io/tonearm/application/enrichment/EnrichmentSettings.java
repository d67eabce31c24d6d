package io.tonearm.application.enrichment;

/**
 * When a search result is taken as the album's release, and when it is kept for a person to choose.
 *
 * @param matchScore     the least MusicBrainz score (0–100) of a search result that is matched without asking,
 *                       when its track count also agrees and no other result has the same score
 * @param candidateScore the least score of a result kept as a candidate
 */
public record EnrichmentSettings(int matchScore, int candidateScore) {
    /** 95 to match, 50 to keep as a candidate. */
    public static final EnrichmentSettings DEFAULT = new EnrichmentSettings(95, 50);

    /** @throws IllegalArgumentException if a score is outside 0–100 or the candidate score is above the match score */
    public EnrichmentSettings {
        if (matchScore < 0 || matchScore > 100 || candidateScore < 0 || candidateScore > matchScore) {
            throw new IllegalArgumentException("enrichment scores must satisfy 0 <= candidate score (" + candidateScore
                    + ") <= match score (" + matchScore + ") <= 100");
        }
    }
}
