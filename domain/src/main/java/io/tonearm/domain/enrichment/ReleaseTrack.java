package io.tonearm.domain.enrichment;

import java.util.Objects;

/**
 * One track of a release, as MusicBrainz lists it: where it is and which recording it is.
 *
 * @param disc      the position of its medium, from 1
 * @param position  its position on the medium, from 1
 * @param recording the recording's MusicBrainz id
 */
public record ReleaseTrack(int disc, int position, MusicBrainzId recording) {
    public ReleaseTrack {
        Objects.requireNonNull(recording, "recording");
        if (disc < 1 || position < 1) {
            throw new IllegalArgumentException("disc and position start at 1 but were " + disc + " and " + position);
        }
    }
}
