package io.tonearm.application.enrichment;

import io.tonearm.application.ArtistQueries;
import io.tonearm.application.CachedQueries;
import io.tonearm.application.Mutation;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.enrichment.ArtistCandidate;
import io.tonearm.domain.enrichment.ArtistLookup;
import io.tonearm.domain.enrichment.ArtistMatch;
import io.tonearm.domain.enrichment.ArtistMatches;
import io.tonearm.domain.enrichment.MatchSource;
import io.tonearm.domain.enrichment.MusicBrainzArtist;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.RemoteServiceException;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.ResultType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link ArtistEnrichment} on the catalog's artists, MusicBrainz (through the query cache) and the match store. */
final class ArtistEnrichmentService implements ArtistEnrichment {
    /** An artist MusicBrainz knows, looked up by id. Nothing in the catalog changes it. */
    static final NamedQuery<Optional<MusicBrainzArtist>> ARTIST =
            NamedQuery.of("musicbrainz.artist", new ResultType<>() { });
    /** MusicBrainz's "no such artist", kept shorter than what it knows ({@code cache.ttls}). */
    static final NamedQuery<Boolean> ARTIST_NOT_FOUND =
            NamedQuery.of("musicbrainz.artist-not-found", new ResultType<>() { });
    /** MusicBrainz's answer to an artist search that found something. */
    static final NamedQuery<List<ArtistCandidate>> SEARCH =
            NamedQuery.of("musicbrainz.artist-search", new ResultType<>() { });
    /** An artist search that found nothing, kept shorter. */
    static final NamedQuery<Boolean> SEARCH_NOT_FOUND =
            NamedQuery.of("musicbrainz.artist-search-not-found", new ResultType<>() { });

    private final ArtistQueries artists;
    private final ArtistLookup lookup;
    private final ArtistMatches matches;
    private final QueryCache cache;
    private final ChangeLog changes;
    private final Clock clock;
    private final EnrichmentSettings settings;

    ArtistEnrichmentService(ArtistQueries artists, ArtistLookup lookup, ArtistMatches matches, QueryCache cache,
                            ChangeLog changes, Clock clock, EnrichmentSettings settings) {
        this.artists = artists;
        this.lookup = lookup;
        this.matches = matches;
        this.cache = cache;
        this.changes = changes;
        this.clock = clock;
        this.settings = settings;
    }

    /** What became of one artist. */
    private enum Outcome { MATCHED, CANDIDATES, UNMATCHED }

    @Override
    public ArtistEnrichmentSummary enrichArtists(EnrichmentRequest request, EnrichmentProgress progress) {
        int looked = 0;
        int alreadyMatched = 0;
        int matched = 0;
        int withCandidates = 0;
        int unmatched = 0;
        int failed = 0;
        List<String> failures = new ArrayList<>();
        PageRequest pageRequest = PageRequest.first(PageRequest.MAX_LIMIT);
        Page<Artist> page = artists.getAllArtists(pageRequest);
        int total = (int) Math.min(Integer.MAX_VALUE, page.total());
        while (!page.items().isEmpty()) {
            for (Artist artist : page.items()) {
                looked++;
                try {
                    if (matches.findByArtist(artist.id()).isPresent()) {
                        alreadyMatched++;
                    } else {
                        switch (enrich(artist, request.dryRun())) {
                            case MATCHED -> matched++;
                            case CANDIDATES -> withCandidates++;
                            case UNMATCHED -> unmatched++;
                        }
                    }
                } catch (RemoteServiceException | InvalidValueException e) {
                    failed++;
                    if (failures.size() < EnrichmentSummary.MAX_FAILURES) {
                        failures.add(artist.name() + ": " + e.getMessage());
                    }
                }
                progress.artistDone(looked, Math.max(total, looked));
            }
            if (page.items().size() < pageRequest.limit()) {
                break;
            }
            pageRequest = pageRequest.next(page.items().size(), page.nextCursor());
            page = artists.getAllArtists(pageRequest);
        }
        return new ArtistEnrichmentSummary(looked, alreadyMatched, matched, withCandidates, unmatched, failed,
                failures);
    }

    private Outcome enrich(Artist artist, boolean dryRun) {
        Optional<MusicBrainzId> tagged = matches.mostTaggedId(artist.id()).flatMap(ArtistEnrichmentService::parse);
        if (tagged.isPresent()) {
            Optional<MusicBrainzArtist> found = find(tagged.get());
            if (found.isPresent()) {
                store(new ArtistMatch(artist.id(), found.get(), MatchSource.TAGS, clock.instant()), dryRun);
                return Outcome.MATCHED;
            }
        }
        List<ArtistCandidate> found = search(artist.name()).stream()
                .filter(c -> c.score() >= settings.candidateScore()).toList();
        if (found.isEmpty()) {
            return Outcome.UNMATCHED;
        }
        ArtistCandidate best = found.get(0);
        boolean alone = found.size() == 1 || found.get(1).score() < best.score();
        if (best.score() >= settings.matchScore() && alone) {
            // A search answers without genres: the lookup by id has them.
            MusicBrainzArtist full = find(best.artist().id()).orElse(best.artist());
            store(new ArtistMatch(artist.id(), full, MatchSource.SEARCH, clock.instant()), dryRun);
            return Outcome.MATCHED;
        }
        return Outcome.CANDIDATES;
    }

    private static Optional<MusicBrainzId> parse(String tagged) {
        try {
            return Optional.of(MusicBrainzId.of(tagged));
        } catch (InvalidValueException notAnId) {
            return Optional.empty(); // a tag that is not a MusicBrainz id: the search decides instead
        }
    }

    /** Stores the match and drops the artist's cached match, here and (in its transaction) in every process. */
    private void store(ArtistMatch match, boolean dryRun) {
        if (dryRun) {
            return;
        }
        CacheKey key = CacheKey.of(match.artist().value());
        Set<EntryDrop> entries = Mutation.ARTIST_MATCHED.droppedEntries().stream()
                .map(query -> new EntryDrop(query.name(), key)).collect(Collectors.toUnmodifiableSet());
        boolean saved = changes.recording(new CacheInvalidation(false, Set.of(), Set.of(), entries),
                () -> matches.save(match));
        if (saved) {
            Mutation.ARTIST_MATCHED.droppedEntries().forEach(query -> cache.invalidate(query, key));
        }
    }

    private Optional<MusicBrainzArtist> find(MusicBrainzId id) {
        CacheKey key = CacheKey.of(id.value());
        if (cachedNotFound(ARTIST_NOT_FOUND, key)) {
            return Optional.empty();
        }
        // a loader's null is returned but not kept: "not found" goes to its own, shorter-lived query
        Optional<MusicBrainzArtist> found = cache.get(ARTIST, key,
                () -> lookup.findArtist(id).map(Optional::of).orElse(null));
        if (found == null) {
            cache.get(ARTIST_NOT_FOUND, key, () -> Boolean.TRUE);
            return Optional.empty();
        }
        return found;
    }

    private List<ArtistCandidate> search(String name) {
        CacheKey key = CacheKey.of(name.strip());
        if (cachedNotFound(SEARCH_NOT_FOUND, key)) {
            return List.of();
        }
        List<ArtistCandidate> found = cache.get(SEARCH, key, () -> {
            List<ArtistCandidate> results = lookup.searchArtists(name.strip());
            return results.isEmpty() ? null : results;
        });
        if (found == null) {
            cache.get(SEARCH_NOT_FOUND, key, () -> Boolean.TRUE);
            return List.of();
        }
        return found;
    }

    /** @return whether a "not found" is cached for the key (a read that loads nothing and keeps nothing) */
    private boolean cachedNotFound(NamedQuery<Boolean> notFound, CacheKey key) {
        return Boolean.TRUE.equals(cache.get(notFound, key, () -> null));
    }

    @Override
    public Optional<ArtistMatch> match(ArtistId artist) {
        return cache.get(CachedQueries.ARTIST_MATCH, CacheKey.of(artist.value()), () -> matches.findByArtist(artist));
    }
}
