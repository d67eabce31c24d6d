package io.tonearm.application.enrichment;

import io.tonearm.application.AlbumQueries;
import io.tonearm.application.TrackQueries;
import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.enrichment.AlbumMatch;
import io.tonearm.domain.enrichment.AlbumMatches;
import io.tonearm.domain.enrichment.MatchSource;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.Release;
import io.tonearm.domain.enrichment.ReleaseCandidate;
import io.tonearm.domain.enrichment.ReleaseLookup;
import io.tonearm.domain.enrichment.ReleaseSearch;
import io.tonearm.domain.enrichment.RemoteServiceException;
import io.tonearm.domain.media.UnusableCoverException;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.ResultType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** {@link AlbumEnrichment} on the catalog's reads, MusicBrainz (through the query cache) and the match store. */
final class AlbumEnrichmentService implements AlbumEnrichment {
    /** A release MusicBrainz knows, looked up by id. Nothing in the catalog changes it. */
    static final NamedQuery<Optional<Release>> RELEASE =
            NamedQuery.of("musicbrainz.release", new ResultType<>() { });
    /**
     * MusicBrainz's "no such release" (its 404), kept apart from the releases it knows so that it lives shorter
     * ({@code cache.ttls}): a release entered in MusicBrainz meanwhile is found by a later run.
     */
    static final NamedQuery<Boolean> RELEASE_NOT_FOUND =
            NamedQuery.of("musicbrainz.release-not-found", new ResultType<>() { });
    /** MusicBrainz's answer to a release search that found something. */
    static final NamedQuery<List<ReleaseCandidate>> SEARCH =
            NamedQuery.of("musicbrainz.search", new ResultType<>() { });
    /** A release search that found nothing, kept shorter than one that found something, for the same reason. */
    static final NamedQuery<Boolean> SEARCH_NOT_FOUND =
            NamedQuery.of("musicbrainz.search-not-found", new ResultType<>() { });

    private final AlbumQueries albums;
    private final TrackQueries tracks;
    private final ReleaseLookup lookup;
    private final AlbumMatches matches;
    private final QueryCache cache;
    private final Clock clock;
    private final EnrichmentSettings settings;
    private final MissingCovers covers;
    private final MatchWriteBack writeBack;

    AlbumEnrichmentService(AlbumQueries albums, TrackQueries tracks, ReleaseLookup lookup, AlbumMatches matches,
                           QueryCache cache, Clock clock, EnrichmentSettings settings, MissingCovers covers,
                           MatchWriteBack writeBack) {
        this.albums = albums;
        this.tracks = tracks;
        this.lookup = lookup;
        this.matches = matches;
        this.cache = cache;
        this.clock = clock;
        this.settings = settings;
        this.covers = covers;
        this.writeBack = writeBack;
    }

    /** What became of one album. */
    private enum Outcome { MATCHED, CANDIDATES, UNMATCHED }

    @Override
    public EnrichmentSummary enrichAlbums(EnrichmentRequest request, EnrichmentProgress progress) {
        int looked = 0;
        int alreadyMatched = 0;
        int matched = 0;
        int withCandidates = 0;
        int unmatched = 0;
        int failed = 0;
        int coversFetched = 0;
        int filesWritten = 0;
        int filesFailed = 0;
        List<String> failures = new ArrayList<>();
        PageRequest pageRequest = PageRequest.first(PageRequest.MAX_LIMIT);
        Page<Album> page = albums.getAllAlbums(pageRequest);
        int total = (int) Math.min(Integer.MAX_VALUE, page.total());
        while (!page.items().isEmpty()) {
            for (Album album : page.items()) {
                looked++;
                boolean matchedNow = false;
                try {
                    Optional<AlbumMatch> earlier = matches.findByAlbum(album.id());
                    if (earlier.isPresent()) {
                        alreadyMatched++;
                    } else {
                        switch (enrich(album, request.dryRun())) {
                            case MATCHED -> {
                                matched++;
                                matchedNow = true;
                            }
                            case CANDIDATES -> withCandidates++;
                            case UNMATCHED -> unmatched++;
                        }
                    }
                } catch (RemoteServiceException | InvalidValueException e) {
                    failed++;
                    if (failures.size() < EnrichmentSummary.MAX_FAILURES) {
                        failures.add(album.artist() + " – " + album.title() + ": " + e.getMessage());
                    }
                }
                if (!request.dryRun()) {
                    // a match made now, or by an earlier run or a person: its album may still lack a cover
                    Optional<AlbumMatch> match = matches.findByAlbum(album.id());
                    if (matchedNow && match.isPresent()) {
                        MatchWriteBack.Report written = writeBack.write(match.get());
                        filesWritten += written.written();
                        filesFailed += written.failures().size();
                        for (String line : written.failures()) {
                            if (failures.size() < EnrichmentSummary.MAX_FAILURES) {
                                failures.add(album.artist() + " – " + album.title() + ": " + line);
                            }
                        }
                    }
                    try {
                        if (match.isPresent() && covers.fetchIfMissing(album.id(), match.get().release().id())) {
                            coversFetched++;
                        }
                    } catch (RemoteServiceException | UnusableCoverException e) {
                        // the match stands; the cover is tried again by the next run
                        if (failures.size() < EnrichmentSummary.MAX_FAILURES) {
                            failures.add(album.artist() + " – " + album.title() + ": no cover: " + e.getMessage());
                        }
                    }
                }
                progress.albumDone(looked, Math.max(total, looked));
            }
            if (page.items().size() < pageRequest.limit()) {
                break;
            }
            pageRequest = pageRequest.next(page.items().size(), page.nextCursor());
            page = albums.getAllAlbums(pageRequest);
        }
        return new EnrichmentSummary(looked, alreadyMatched, matched, withCandidates, unmatched, failed, coversFetched,
                filesWritten, filesFailed, failures);
    }

    private Outcome enrich(Album album, boolean dryRun) {
        Optional<MusicBrainzId> tagged = taggedRelease(album.id());
        if (tagged.isPresent()) {
            Optional<Release> release = release(tagged.get());
            if (release.isPresent()) {
                store(new AlbumMatch(album.id(), release.get(), MatchSource.TAGS, clock.instant()), dryRun);
                return Outcome.MATCHED;
            }
        }
        List<ReleaseCandidate> found = search(new ReleaseSearch(album.artist(), album.title(), album.trackCount()))
                .stream().filter(c -> c.score() >= settings.candidateScore()).toList();
        if (found.isEmpty()) {
            return Outcome.UNMATCHED;
        }
        ReleaseCandidate best = found.get(0);
        boolean alone = found.size() == 1 || found.get(1).score() < best.score();
        boolean sameLength = album.trackCount() == 0 || best.release().trackCount() == album.trackCount();
        if (best.score() >= settings.matchScore() && alone && sameLength) {
            // A search answers without labels and genres: the lookup by id has them.
            Release full = release(best.release().id()).orElse(best.release());
            store(new AlbumMatch(album.id(), full, MatchSource.SEARCH, clock.instant()), dryRun);
            return Outcome.MATCHED;
        }
        if (!dryRun) {
            matches.saveCandidates(album.id(), found);
        }
        return Outcome.CANDIDATES;
    }

    private void store(AlbumMatch match, boolean dryRun) {
        if (!dryRun) {
            matches.save(match);
        }
    }

    /** @return the release id most of the album's files are tagged with, if any */
    private Optional<MusicBrainzId> taggedRelease(AlbumId album) {
        Map<MusicBrainzId, Integer> votes = new LinkedHashMap<>();
        for (Track track : tracks.getAlbumTracks(album, PageRequest.first(PageRequest.MAX_LIMIT)).items()) {
            String id = track.musicBrainz().releaseId();
            if (id != null) {
                try {
                    votes.merge(MusicBrainzId.of(id), 1, Integer::sum);
                } catch (InvalidValueException notAnId) {
                    // a tag that is not a MusicBrainz id: the search decides instead
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private Optional<Release> release(MusicBrainzId id) {
        CacheKey key = CacheKey.of(id.value());
        if (cachedNotFound(RELEASE_NOT_FOUND, key)) {
            return Optional.empty();
        }
        // a loader's null is returned but not kept: "not found" goes to its own, shorter-lived query
        Optional<Release> found = cache.get(RELEASE, key, () -> lookup.findRelease(id).map(Optional::of).orElse(null));
        if (found == null) {
            cache.get(RELEASE_NOT_FOUND, key, () -> Boolean.TRUE);
            return Optional.empty();
        }
        return found;
    }

    private List<ReleaseCandidate> search(ReleaseSearch search) {
        CacheKey key = CacheKey.of(search.artist(), search.album(), search.trackCount());
        if (cachedNotFound(SEARCH_NOT_FOUND, key)) {
            return List.of();
        }
        List<ReleaseCandidate> found = cache.get(SEARCH, key, () -> {
            List<ReleaseCandidate> results = lookup.search(search);
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
    public Optional<AlbumMatch> match(AlbumId album) {
        return matches.findByAlbum(album);
    }

    @Override
    public List<ReleaseCandidate> candidates(AlbumId album) {
        return matches.candidates(album);
    }

    @Override
    public PersonMatch matchByPerson(AlbumId album, MusicBrainzId release) {
        albums.getAlbum(album).orElseThrow(() -> new NoSuchElementException("no album with id " + album.value()));
        Release found = release(release).orElseThrow(
                () -> new NoSuchElementException("MusicBrainz knows no release with id " + release.value()));
        AlbumMatch match = new AlbumMatch(album, found, MatchSource.PERSON, clock.instant());
        matches.save(match);
        return new PersonMatch(match, writeBack.write(match));
    }
}
