package io.tonearm.bootstrap.architecture.violations;

import com.google.inject.Inject;
import io.tonearm.domain.port.Albums;

/** Constructor injection, but with Guice's annotation instead of jakarta.inject's. */
final class GuiceInjectedConstructor {
    private final Albums albums;

    @Inject
    GuiceInjectedConstructor(Albums albums) {
        this.albums = albums;
    }

    Albums albums() {
        return albums;
    }
}
