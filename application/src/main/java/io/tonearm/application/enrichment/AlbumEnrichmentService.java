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
    /** MusicBrainz's answer to a release lookup by id (empty: unknown). Nothing in the catalog changes it. */
    static final NamedQuery<Optional<Release>> RELEASE =
            NamedQuery.of("musicbrainz.release", new ResultType<>() { });
    /** MusicBrainz's answer to a release search. */
    static final NamedQuery<List<ReleaseCandidate>> SEARCH =
            NamedQuery.of("musicbrainz.search", new ResultType<>() { });

    private final AlbumQueries albums;
    private final TrackQueries tracks;
    private final ReleaseLookup lookup;
    private final AlbumMatches matches;
    private final QueryCache cache;
    private final Clock clock;
    private final EnrichmentSettings settings;
    private final MissingCovers covers;

    AlbumEnrichmentService(AlbumQueries albums, TrackQueries tracks, ReleaseLookup lookup, AlbumMatches matches,
                           QueryCache cache, Clock clock, EnrichmentSettings settings, MissingCovers covers) {
        this.albums = albums;
        this.tracks = tracks;
        this.lookup = lookup;
        this.matches = matches;
        this.cache = cache;
        this.clock = clock;
        this.settings = settings;
        this.covers = covers;
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
        List<String> failures = new ArrayList<>();
        PageRequest pageRequest = PageRequest.first(PageRequest.MAX_LIMIT);
        Page<Album> page = albums.getAllAlbums(pageRequest);
        int total = (int) Math.min(Integer.MAX_VALUE, page.total());
        while (!page.items().isEmpty()) {
            for (Album album : page.items()) {
                looked++;
                try {
                    Optional<AlbumMatch> earlier = matches.findByAlbum(album.id());
                    if (earlier.isPresent()) {
                        alreadyMatched++;
                    } else {
                        switch (enrich(album, request.dryRun())) {
                            case MATCHED -> matched++;
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
                    try {
                        // a match made now, or by an earlier run or a person: its album may still lack a cover
                        Optional<AlbumMatch> match = matches.findByAlbum(album.id());
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
                failures);
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
        return cache.get(RELEASE, CacheKey.of(id.value()), () -> lookup.findRelease(id));
    }

    private List<ReleaseCandidate> search(ReleaseSearch search) {
        return cache.get(SEARCH, CacheKey.of(search.artist(), search.album(), search.trackCount()),
                () -> lookup.search(search));
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
    public AlbumMatch matchByPerson(AlbumId album, MusicBrainzId release) {
        albums.getAlbum(album).orElseThrow(() -> new NoSuchElementException("no album with id " + album.value()));
        Release found = release(release).orElseThrow(
                () -> new NoSuchElementException("MusicBrainz knows no release with id " + release.value()));
        AlbumMatch match = new AlbumMatch(album, found, MatchSource.PERSON, clock.instant());
        matches.save(match);
        return match;
    }
}
