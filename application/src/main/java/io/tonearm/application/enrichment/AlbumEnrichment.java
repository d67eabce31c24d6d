package io.tonearm.application.enrichment;

import io.tonearm.application.AlbumQueries;
import io.tonearm.application.TrackQueries;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.enrichment.AlbumMatch;
import io.tonearm.domain.enrichment.AlbumMatches;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.ReleaseCandidate;
import io.tonearm.domain.enrichment.ReleaseLookup;
import io.tonearm.domain.port.QueryCache;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Matching the catalog's albums with MusicBrainz releases. */
public interface AlbumEnrichment {

    /**
     * Looks up every album that has no match: by the release id its files' tags carry, else by a search on its
     * artist, title and track count. A sure result is stored as the album's match; close ones are kept as
     * candidates. A person's match is never replaced. An album MusicBrainz cannot answer for is counted as
     * failed and the run goes on.
     *
     * @return what the run did
     */
    EnrichmentSummary enrichAlbums(EnrichmentRequest request, EnrichmentProgress progress);

    /** @return the album's match, if it has one */
    Optional<AlbumMatch> match(AlbumId album);

    /** @return the candidates kept for the album, best first */
    List<ReleaseCandidate> candidates(AlbumId album);

    /**
     * Matches the album with the release a person chose; enrichment never replaces it. With
     * {@code enrichment.write-tags}, the match is also written into the album's files ({@link MatchWriteBack}).
     *
     * @return the stored match, and what writing it into the files did
     * @throws java.util.NoSuchElementException if the album does not exist or MusicBrainz does not know the release
     * @throws io.tonearm.domain.enrichment.RemoteServiceException if MusicBrainz could not answer
     */
    PersonMatch matchByPerson(AlbumId album, MusicBrainzId release);

    /**
     * @return the names of the named queries enrichment reads through (MusicBrainz's answers, on releases and
     *     artists), for settings
     */
    static java.util.Set<String> cachedQueryNames() {
        java.util.Set<String> names = new java.util.HashSet<>(ArtistEnrichment.cachedQueryNames());
        names.addAll(java.util.Set.of(AlbumEnrichmentService.RELEASE.name(),
                AlbumEnrichmentService.RELEASE_NOT_FOUND.name(), AlbumEnrichmentService.SEARCH.name(),
                AlbumEnrichmentService.SEARCH_NOT_FOUND.name()));
        return java.util.Set.copyOf(names);
    }

    /**
     * @param albums  the catalog's album reads
     * @param tracks  the catalog's track reads (an album's tags)
     * @param lookup  MusicBrainz
     * @param matches where matches and candidates are kept
     * @param cache   where MusicBrainz's answers are kept
     * @return the use case
     */
    static AlbumEnrichment create(AlbumQueries albums, TrackQueries tracks, ReleaseLookup lookup,
                                  AlbumMatches matches, QueryCache cache, Clock clock, EnrichmentSettings settings) {
        return create(albums, tracks, lookup, matches, cache, clock, settings, MissingCovers.NONE);
    }

    /**
     * Creates the use cases, a run also fetching the covers of matched albums that have none ({@code covers}).
     *
     * @return the use cases
     */
    static AlbumEnrichment create(AlbumQueries albums, TrackQueries tracks, ReleaseLookup lookup,
                                  AlbumMatches matches, QueryCache cache, Clock clock, EnrichmentSettings settings,
                                  MissingCovers covers) {
        return create(albums, tracks, lookup, matches, cache, clock, settings, covers, MatchWriteBack.NONE);
    }

    /**
     * Creates the use cases, a match made by a run or a person also being written into the album's files
     * ({@code writeBack}).
     *
     * @return the use cases
     */
    static AlbumEnrichment create(AlbumQueries albums, TrackQueries tracks, ReleaseLookup lookup,
                                  AlbumMatches matches, QueryCache cache, Clock clock, EnrichmentSettings settings,
                                  MissingCovers covers, MatchWriteBack writeBack) {
        return new AlbumEnrichmentService(Objects.requireNonNull(albums, "albums"),
                Objects.requireNonNull(tracks, "tracks"), Objects.requireNonNull(lookup, "lookup"),
                Objects.requireNonNull(matches, "matches"), Objects.requireNonNull(cache, "cache"),
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(covers, "covers"), Objects.requireNonNull(writeBack, "writeBack"));
    }
}
