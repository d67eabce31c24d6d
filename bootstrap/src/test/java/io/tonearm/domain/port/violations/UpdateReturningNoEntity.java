package io.tonearm.domain.port.violations;

import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import java.util.Optional;

/** Updates that do not return Optional of the changed entity. */
public interface UpdateReturningNoEntity {
    /** Not Optional: null for an unknown id. */
    Track update(TrackId id, TrackChanges changes);

    /** Optional, but of the id rather than the changed entity. */
    Optional<TrackId> updateTags(TrackId id, TrackChanges changes);
}
