package io.tonearm.domain.enrichment;

/** How an album came to be matched with a release. */
public enum MatchSource {
    /** The files' tags named the release (MusicBrainz Picard or beets wrote them). */
    TAGS,
    /** A search by artist, title and track count found one release sure enough. */
    SEARCH,
    /** A person chose the release; enrichment never replaces such a match. */
    PERSON
}
