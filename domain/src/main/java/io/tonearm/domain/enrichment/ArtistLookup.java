package io.tonearm.domain.enrichment;

import java.util.List;
import java.util.Optional;

/** Artists in MusicBrainz, looked up by id or searched by name. */
public interface ArtistLookup {
    /**
     * @return the artist with this id, with its genres, or empty if MusicBrainz does not know it
     * @throws RemoteServiceException if MusicBrainz could not answer
     */
    Optional<MusicBrainzArtist> findArtist(MusicBrainzId id);

    /**
     * @param name an artist's name as tagged; not blank
     * @return the artists whose name matches, best first (at most a handful)
     * @throws RemoteServiceException if MusicBrainz could not answer
     */
    List<ArtistCandidate> searchArtists(String name);
}
