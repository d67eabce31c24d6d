package io.tonearm.domain.port.violations;

import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import java.util.List;

/** Adds that hide the created entity, or build every created entity in bulk. */
public interface AddReturningNoEntity {
    void add(NewTrack track);

    TrackId addTrack(NewTrack track);

    List<Track> addAll(List<NewTrack> tracks);
}
