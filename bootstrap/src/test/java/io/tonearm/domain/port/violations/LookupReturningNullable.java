package io.tonearm.domain.port.violations;

import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;

/** A single lookup that returns null for an unknown id. */
public interface LookupReturningNullable {
    Track findById(TrackId id);
}
