package io.tonearm.domain.enrichment;

import java.util.List;
import java.util.Optional;

/** Releases in MusicBrainz, looked up by id or searched by what the tags say. */
public interface ReleaseLookup {
    /**
     * @return the release with this id, or empty if MusicBrainz does not know it
     * @throws RemoteServiceException if MusicBrainz could not answer
     */
    Optional<Release> findRelease(MusicBrainzId id);

    /**
     * @return the releases that match, best first (at most a handful)
     * @throws RemoteServiceException if MusicBrainz could not answer
     */
    List<ReleaseCandidate> search(ReleaseSearch search);
}
