package io.tonearm.application.violations;

import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;

/** A use-case implementation that callers could name and extend instead of the use case. */
public class PublicTrackLookupService implements TrackLookup {
    @Override
    public Track getTrack(TrackId id) {
        return null;
    }
}
