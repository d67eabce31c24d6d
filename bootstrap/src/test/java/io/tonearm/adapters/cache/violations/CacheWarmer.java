package io.tonearm.adapters.cache.violations;

import io.tonearm.adapters.persistence.violations.JdbcTracks;

/** The cache adapter reaching into the persistence adapter instead of going through a port. */
final class CacheWarmer {
    private final JdbcTracks tracks;

    CacheWarmer(JdbcTracks tracks) {
        this.tracks = tracks;
    }

    int warm() {
        return tracks.count();
    }
}
