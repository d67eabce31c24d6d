package io.tonearm.application.violations;

import com.google.inject.Injector;
import io.tonearm.domain.port.Tracks;

/** A use-case service that looks its port up in Guice instead of being given it. */
final class ServiceUsingGuice {
    private final Tracks tracks;

    ServiceUsingGuice(Injector injector) {
        this.tracks = injector.getInstance(Tracks.class);
    }

    Tracks tracks() {
        return tracks;
    }
}
