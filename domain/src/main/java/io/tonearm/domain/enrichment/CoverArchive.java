package io.tonearm.domain.enrichment;

import java.util.Optional;

/** Front covers of releases, from the Cover Art Archive. */
public interface CoverArchive {
    /**
     * @return the release's front cover at that size, or empty if the archive has none
     * @throws RemoteServiceException if the archive could not answer
     */
    Optional<Artwork> frontCover(MusicBrainzId release, CoverSize size);
}
