package io.tonearm.application.enrichment;

import io.tonearm.domain.ArtistId;
import io.tonearm.domain.enrichment.ArtistMatch;
import io.tonearm.domain.enrichment.ArtistMatches;
import io.tonearm.domain.enrichment.MatchSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link ArtistMatches} in memory, keeping a person's match as the port says; tagged ids as a test gives them. */
final class InMemoryArtistMatches implements ArtistMatches {
    private final Map<ArtistId, ArtistMatch> matches = new HashMap<>();
    private final Map<ArtistId, String> tagged = new HashMap<>();
    private final java.util.Set<ArtistId> gone = new java.util.HashSet<>();

    InMemoryArtistMatches tagged(ArtistId artist, String id) {
        tagged.put(artist, id);
        return this;
    }

    /** The artist is taken to be removed meanwhile: its match is refused, as the port says. */
    synchronized InMemoryArtistMatches gone(ArtistId artist) {
        gone.add(artist);
        return this;
    }

    @Override
    public synchronized Optional<ArtistMatch> findByArtist(ArtistId artist) {
        return Optional.ofNullable(matches.get(artist));
    }

    @Override
    public synchronized boolean save(ArtistMatch match) {
        if (gone.contains(match.artist())) {
            return false;
        }
        ArtistMatch earlier = matches.get(match.artist());
        if (earlier != null && earlier.source() == MatchSource.PERSON && match.source() != MatchSource.PERSON) {
            return false;
        }
        matches.put(match.artist(), match);
        return true;
    }

    @Override
    public synchronized Optional<String> mostTaggedId(ArtistId artist) {
        return Optional.ofNullable(tagged.get(artist));
    }

    synchronized Map<ArtistId, ArtistMatch> all() {
        return Map.copyOf(matches);
    }
}
