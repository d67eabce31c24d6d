package io.tonearm.application.enrichment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What an enrichment run does.
 *
 * @param kinds  what is looked up: albums, artists or both (albums first); never empty
 * @param dryRun true to look everything up and count what would be matched, storing nothing
 */
public record EnrichmentRequest(Set<Kind> kinds, boolean dryRun) {
    /** What a run can look up in MusicBrainz. */
    public enum Kind {
        /** Albums, matched with releases (their covers and, opted in, file tags with them). */
        ALBUMS,
        /** Artists, matched with MusicBrainz artists. */
        ARTISTS
    }

    /** @throws IllegalArgumentException if no kind is given */
    public EnrichmentRequest {
        Objects.requireNonNull(kinds, "kinds");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("an enrichment run must look up albums, artists or both");
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    /** A run over albums and artists. */
    public EnrichmentRequest(boolean dryRun) {
        this(EnumSet.allOf(Kind.class), dryRun);
    }

    /** @return true if albums are looked up */
    public boolean albums() {
        return kinds.contains(Kind.ALBUMS);
    }

    /** @return true if artists are looked up */
    public boolean artists() {
        return kinds.contains(Kind.ARTISTS);
    }
}
