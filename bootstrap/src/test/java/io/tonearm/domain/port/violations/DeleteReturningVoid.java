package io.tonearm.domain.port.violations;

import io.tonearm.domain.TrackId;

/** The caller cannot tell whether anything was deleted. */
public interface DeleteReturningVoid {
    void delete(TrackId id);
}
