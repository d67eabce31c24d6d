package io.tonearm.domain.port;

import java.util.Optional;

/**
 * Whether the store behind the catalog's ports (the database) can be reached now: for health reports and
 * readiness probes.
 */
public interface StoreHealth {

    /**
     * Checks the store now. Takes about two seconds at most when it cannot be reached.
     *
     * @return empty if the store answers; otherwise what is wrong, for people (no secrets)
     */
    Optional<String> problem();
}
