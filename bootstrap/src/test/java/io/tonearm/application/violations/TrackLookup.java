package io.tonearm.application.violations;

import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;

/** A use case (public interface of the application) whose single lookup returns null for an unknown id. */
public interface TrackLookup {
    Track getTrack(TrackId id);
}
