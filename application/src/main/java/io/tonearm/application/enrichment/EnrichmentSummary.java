package io.tonearm.application.enrichment;

import java.util.List;

/**
 * What an enrichment run did.
 *
 * @param albums         albums looked at
 * @param alreadyMatched albums skipped because they had a match
 * @param matched        albums matched by this run (or that would be, in a dry run)
 * @param candidates     albums left with candidates for a person to choose from
 * @param unmatched      albums for which MusicBrainz had nothing close enough
 * @param failed         albums not looked up because MusicBrainz could not answer
 * @param coversFetched  matched albums without a cover of their own that got one from the Cover Art Archive
 * @param filesWritten   audio files of albums matched by this run whose tags were written (enrichment.write-tags)
 * @param filesFailed    such files that could not be written; each is as it was
 * @param failures       what went wrong, one line per failed album or file (at most {@link #MAX_FAILURES})
 */
public record EnrichmentSummary(int albums, int alreadyMatched, int matched, int candidates, int unmatched,
                                int failed, int coversFetched, int filesWritten, int filesFailed,
                                List<String> failures) {
    /** Failure lines kept in a summary. */
    public static final int MAX_FAILURES = 20;

    public EnrichmentSummary {
        failures = List.copyOf(failures);
    }

    /** A summary of a run that wrote no file. */
    public EnrichmentSummary(int albums, int alreadyMatched, int matched, int candidates, int unmatched, int failed,
                             int coversFetched, List<String> failures) {
        this(albums, alreadyMatched, matched, candidates, unmatched, failed, coversFetched, 0, 0, failures);
    }

    /** A summary of a run that fetched no cover and wrote no file. */
    public EnrichmentSummary(int albums, int alreadyMatched, int matched, int candidates, int unmatched, int failed,
                             List<String> failures) {
        this(albums, alreadyMatched, matched, candidates, unmatched, failed, 0, failures);
    }
}
