package io.tonearm.domain.port.violations;

import io.tonearm.domain.TrackId;
import java.util.Collection;

/** The caller cannot tell whether anything was deleted, nor how many of many. */
public interface DeleteReturningVoid {
    void delete(TrackId id);

    boolean deleteAll(Collection<TrackId> ids);
}
