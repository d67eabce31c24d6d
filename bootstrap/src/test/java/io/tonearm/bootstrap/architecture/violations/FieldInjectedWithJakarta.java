package io.tonearm.bootstrap.architecture.violations;

import io.tonearm.domain.port.Tracks;
import jakarta.inject.Inject;

/** Field injection with the jakarta annotation. */
final class FieldInjectedWithJakarta {
    @Inject
    Tracks tracks;
}
