package io.tonearm.application.violations;

import io.tonearm.adapters.persistence.violations.JdbcTracks;

/** A use-case service that talks to a persistence adapter instead of a port. */
final class ServiceUsingAdapter {
    private final JdbcTracks tracks;

    ServiceUsingAdapter(JdbcTracks tracks) {
        this.tracks = tracks;
    }

    int count() {
        return tracks.count();
    }
}
