package io.tonearm.adapters.http;

import io.tonearm.application.enrichment.AlbumEnrichment;
import io.tonearm.application.enrichment.ArtistEnrichment;
import io.tonearm.application.enrichment.ArtistEnrichmentSummary;
import io.tonearm.application.enrichment.EnrichmentProgress;
import io.tonearm.application.enrichment.EnrichmentRequest;
import io.tonearm.application.enrichment.EnrichmentSummary;
import io.tonearm.application.enrichment.MatchWriteBack;
import io.tonearm.application.enrichment.PersonMatch;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.enrichment.ArtistMatch;
import io.tonearm.domain.enrichment.AlbumMatch;
import io.tonearm.domain.enrichment.MatchSource;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.Release;
import io.tonearm.domain.enrichment.ReleaseCandidate;
import io.tonearm.domain.enrichment.RemoteServiceException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Enrichment for the HTTP tests: matches, candidates and releases a test puts in, and runs a test releases. */
final class FakeEnrichment implements AlbumEnrichment, ArtistEnrichment {
    static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");
    final Map<AlbumId, AlbumMatch> matches = new ConcurrentHashMap<>();
    final Map<AlbumId, List<ReleaseCandidate>> candidates = new ConcurrentHashMap<>();
    final Map<MusicBrainzId, Release> releases = new ConcurrentHashMap<>();
    /** Albums that exist. */
    final Map<AlbumId, Boolean> albums = new ConcurrentHashMap<>();
    volatile CountDownLatch release = new CountDownLatch(0);
    volatile EnrichmentSummary summary = new EnrichmentSummary(2, 0, 1, 1, 0, 0, List.of());
    volatile boolean musicBrainzDown;
    final Map<ArtistId, ArtistMatch> artistMatches = new ConcurrentHashMap<>();
    volatile ArtistEnrichmentSummary artistSummary = new ArtistEnrichmentSummary(3, 1, 1, 0, 0, 1,
            List.of("Nobody: answered 503 after 5 attempts"));
    /** The requests of the runs, albums' and artists' parts apart. */
    final List<String> parts = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public ArtistEnrichmentSummary enrichArtists(EnrichmentRequest request, EnrichmentProgress progress) {
        parts.add("artists" + (request.dryRun() ? " (dry run)" : ""));
        progress.artistDone(3, 3);
        return artistSummary;
    }

    @Override
    public Optional<ArtistMatch> match(ArtistId artist) {
        return Optional.ofNullable(artistMatches.get(artist));
    }

    @Override
    public EnrichmentSummary enrichAlbums(EnrichmentRequest request, EnrichmentProgress progress) {
        parts.add("albums" + (request.dryRun() ? " (dry run)" : ""));
        progress.albumDone(1, 2);
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        progress.albumDone(2, 2);
        return summary;
    }

    @Override
    public Optional<AlbumMatch> match(AlbumId album) {
        return Optional.ofNullable(matches.get(album));
    }

    @Override
    public List<ReleaseCandidate> candidates(AlbumId album) {
        return candidates.getOrDefault(album, List.of());
    }

    @Override
    public PersonMatch matchByPerson(AlbumId album, MusicBrainzId id) {
        if (!albums.containsKey(album)) {
            throw new NoSuchElementException("no album with id " + album.value());
        }
        if (musicBrainzDown) {
            throw new RemoteServiceException("musicbrainz", "answered 503 after 5 attempts", true,
                    java.time.Duration.ofSeconds(7), null);
        }
        Release found = releases.get(id);
        if (found == null) {
            throw new NoSuchElementException("MusicBrainz knows no release with id " + id.value());
        }
        AlbumMatch match = new AlbumMatch(album, found, MatchSource.PERSON, AT);
        matches.put(album, match);
        return new PersonMatch(match, MatchWriteBack.Report.NONE);
    }
}
