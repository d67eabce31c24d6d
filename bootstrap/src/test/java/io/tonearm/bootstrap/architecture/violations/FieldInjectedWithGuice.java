package io.tonearm.bootstrap.architecture.violations;

import com.google.inject.Inject;
import io.tonearm.domain.port.Albums;

/** Field injection with Guice's own annotation. */
final class FieldInjectedWithGuice {
    @Inject
    Albums albums;
}
