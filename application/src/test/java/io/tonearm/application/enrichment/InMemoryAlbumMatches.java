package io.tonearm.application.enrichment;

import io.tonearm.domain.AlbumId;
import io.tonearm.domain.enrichment.AlbumMatch;
import io.tonearm.domain.enrichment.AlbumMatches;
import io.tonearm.domain.enrichment.MatchSource;
import io.tonearm.domain.enrichment.ReleaseCandidate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link AlbumMatches} in memory, keeping a person's match as the port says. */
final class InMemoryAlbumMatches implements AlbumMatches {
    private final Map<AlbumId, AlbumMatch> matches = new HashMap<>();
    private final Map<AlbumId, List<ReleaseCandidate>> candidates = new HashMap<>();

    @Override
    public synchronized Optional<AlbumMatch> findByAlbum(AlbumId album) {
        return Optional.ofNullable(matches.get(album));
    }

    @Override
    public synchronized boolean save(AlbumMatch match) {
        AlbumMatch earlier = matches.get(match.album());
        if (earlier != null && earlier.source() == MatchSource.PERSON && match.source() != MatchSource.PERSON) {
            return false;
        }
        matches.put(match.album(), match);
        candidates.remove(match.album());
        return true;
    }

    @Override
    public synchronized void saveCandidates(AlbumId album, List<ReleaseCandidate> found) {
        if (found.isEmpty()) {
            candidates.remove(album);
        } else {
            candidates.put(album, List.copyOf(found));
        }
    }

    @Override
    public synchronized List<ReleaseCandidate> candidates(AlbumId album) {
        return candidates.getOrDefault(album, List.of());
    }
}
