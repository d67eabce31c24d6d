package io.tonearm.application.enrichment;

import io.tonearm.domain.enrichment.ArtistCandidate;
import io.tonearm.domain.enrichment.ArtistLookup;
import io.tonearm.domain.enrichment.MusicBrainzArtist;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.Release;
import io.tonearm.domain.enrichment.ReleaseCandidate;
import io.tonearm.domain.enrichment.ReleaseLookup;
import io.tonearm.domain.enrichment.ReleaseSearch;
import io.tonearm.domain.enrichment.RemoteServiceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** MusicBrainz in memory: the releases and search answers a test gives, and every question asked. */
final class FakeMusicBrainz implements ReleaseLookup, ArtistLookup {
    private final Map<MusicBrainzId, Release> releases = new HashMap<>();
    private final Map<String, List<ReleaseCandidate>> searches = new HashMap<>();
    private final Map<MusicBrainzId, MusicBrainzArtist> artists = new HashMap<>();
    private final Map<String, List<ArtistCandidate>> artistSearches = new HashMap<>();
    private final List<String> asked = new ArrayList<>();
    private boolean down;

    FakeMusicBrainz knows(Release release) {
        releases.put(release.id(), release);
        return this;
    }

    FakeMusicBrainz answers(String album, ReleaseCandidate... candidates) {
        searches.put(album, List.of(candidates));
        return this;
    }

    FakeMusicBrainz knows(MusicBrainzArtist artist) {
        artists.put(artist.id(), artist);
        return this;
    }

    FakeMusicBrainz answersArtist(String name, ArtistCandidate... candidates) {
        artistSearches.put(name, List.of(candidates));
        return this;
    }

    FakeMusicBrainz down() {
        down = true;
        return this;
    }

    List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public Optional<Release> findRelease(MusicBrainzId id) {
        asked.add("release " + id.value());
        failIfDown();
        return Optional.ofNullable(releases.get(id));
    }

    @Override
    public List<ReleaseCandidate> search(ReleaseSearch search) {
        asked.add("search " + search.artist() + " / " + search.album() + " / " + search.trackCount());
        failIfDown();
        return searches.getOrDefault(search.album(), List.of());
    }

    @Override
    public Optional<MusicBrainzArtist> findArtist(MusicBrainzId id) {
        asked.add("artist " + id.value());
        failIfDown();
        return Optional.ofNullable(artists.get(id));
    }

    @Override
    public List<ArtistCandidate> searchArtists(String name) {
        asked.add("artist search " + name);
        failIfDown();
        return artistSearches.getOrDefault(name, List.of());
    }

    private void failIfDown() {
        if (down) {
            throw new RemoteServiceException("musicbrainz", "GET /ws/2/release answered 503 after 5 attempts", true,
                    null, null);
        }
    }
}
