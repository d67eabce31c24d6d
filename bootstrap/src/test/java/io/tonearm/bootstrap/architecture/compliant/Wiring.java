package io.tonearm.bootstrap.architecture.compliant;

import io.tonearm.adapters.persistence.violations.JdbcTracks;
import io.tonearm.domain.port.Albums;
import jakarta.inject.Inject;

/** Bootstrap may know adapters and the console; injection through a package-private jakarta constructor. */
final class Wiring {
    private static final String GREETING = "tonearm";

    private final Albums albums;

    @Inject
    Wiring(Albums albums) {
        this.albums = albums;
    }

    int start(JdbcTracks tracks) {
        System.out.println(GREETING + " " + albums);
        return tracks.count();
    }
}
