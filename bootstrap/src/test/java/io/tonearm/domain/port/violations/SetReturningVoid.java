package io.tonearm.domain.port.violations;

import io.tonearm.domain.TrackId;

/** The caller cannot tell whether the track exists. */
public interface SetReturningVoid {
    void setFavorite(TrackId id, boolean favorite);
}
