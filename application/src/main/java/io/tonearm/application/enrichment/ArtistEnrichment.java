package io.tonearm.application.enrichment;

import io.tonearm.application.ArtistQueries;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.enrichment.ArtistLookup;
import io.tonearm.domain.enrichment.ArtistMatch;
import io.tonearm.domain.enrichment.ArtistMatches;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.QueryCache;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Matching the catalog's artists with MusicBrainz artists: their MusicBrainz id, canonical name and genres. */
public interface ArtistEnrichment {

    /**
     * Looks up every artist that has no match: by the MusicBrainz artist id most of its tracks are tagged with, else
     * by a search on its name. A sure result is stored as the artist's match (the catalog's name of the artist is
     * never changed); close ones are only counted. A person's match is never replaced. An artist MusicBrainz cannot
     * answer for is counted as failed and the run goes on. Each stored match drops the artist's cached match
     * ({@code ARTIST_MATCHED}), here and through the change log.
     *
     * @return what the run did
     */
    ArtistEnrichmentSummary enrichArtists(EnrichmentRequest request, EnrichmentProgress progress);

    /** @return the artist's match (its MusicBrainz id, canonical name, genres), if any; read through the cache */
    Optional<ArtistMatch> match(ArtistId artist);

    /** Enrichment of artists that finds nothing: for a server without MusicBrainz. */
    ArtistEnrichment NONE = new ArtistEnrichment() {
        @Override
        public ArtistEnrichmentSummary enrichArtists(EnrichmentRequest request, EnrichmentProgress progress) {
            return new ArtistEnrichmentSummary(0, 0, 0, 0, 0, 0, java.util.List.of());
        }

        @Override
        public Optional<ArtistMatch> match(ArtistId artist) {
            return Optional.empty();
        }
    };

    /** @return the names of the named queries MusicBrainz's artist answers are cached under, for settings */
    static Set<String> cachedQueryNames() {
        return Set.of(ArtistEnrichmentService.ARTIST.name(), ArtistEnrichmentService.ARTIST_NOT_FOUND.name(),
                ArtistEnrichmentService.SEARCH.name(), ArtistEnrichmentService.SEARCH_NOT_FOUND.name());
    }

    /**
     * @param artists  the catalog's artist reads
     * @param lookup   MusicBrainz
     * @param matches  where matches are kept
     * @param cache    where MusicBrainz's answers and the artists' matches are kept
     * @param changes  the change log, through which a stored match drops the artist's cached match everywhere
     * @param settings the scores that decide a match
     * @return the use case
     */
    static ArtistEnrichment create(ArtistQueries artists, ArtistLookup lookup, ArtistMatches matches,
                                   QueryCache cache, ChangeLog changes, Clock clock, EnrichmentSettings settings) {
        return new ArtistEnrichmentService(Objects.requireNonNull(artists, "artists"),
                Objects.requireNonNull(lookup, "lookup"), Objects.requireNonNull(matches, "matches"),
                Objects.requireNonNull(cache, "cache"), Objects.requireNonNull(changes, "changes"),
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(settings, "settings"));
    }
}
