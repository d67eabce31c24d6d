package io.tonearm.application.violations;

import io.tonearm.domain.Track;

/** A use case whose lookup by something other than an id returns null when no track has the path. */
public interface TrackPathLookup {
    Track loadByPath(String path);
}
