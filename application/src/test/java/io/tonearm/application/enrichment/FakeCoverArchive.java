package io.tonearm.application.enrichment;

import io.tonearm.domain.enrichment.Artwork;
import io.tonearm.domain.enrichment.CoverArchive;
import io.tonearm.domain.enrichment.CoverSize;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.RemoteServiceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Cover Art Archive that knows the covers it is told about, or is down. */
final class FakeCoverArchive implements CoverArchive {
    private final Map<MusicBrainzId, Artwork> covers = new HashMap<>();
    private final List<String> asked = new ArrayList<>();
    boolean down;

    FakeCoverArchive knows(MusicBrainzId release, Artwork cover) {
        covers.put(release, cover);
        return this;
    }

    @Override
    public Optional<Artwork> frontCover(MusicBrainzId release, CoverSize size) {
        asked.add(release.value() + "@" + size.pixels());
        if (down) {
            throw new RemoteServiceException("coverartarchive", "503 Service Unavailable", true, null, null);
        }
        return Optional.ofNullable(covers.get(release));
    }

    List<String> asked() {
        return List.copyOf(asked);
    }
}
