package io.tonearm.application.health;

import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.StoreHealth;
import java.util.Objects;

/**
 * Whether this process can serve requests now: the store must answer with its schema migrated; each tier of the
 * query cache is reported, and counts only when the operator made it required.
 */
public interface Readiness {

    /**
     * Checks every component now; nothing is cached between calls. Takes about two seconds at most when the store
     * cannot be reached.
     *
     * @return each component's state, and whether every required one is up
     */
    ReadinessReport check();

    /**
     * Creates the use case.
     *
     * @param store              the store behind the catalog (reachable, schema migrated)
     * @param cache              the query cache, whose tiers are reported
     * @param sharedTierRequired whether the cache's shared tiers (every tier after the first, the in-process one)
     *                           must be up for this process to be ready; the in-process tier never is required
     *                           (reads skip it when it is out of use)
     * @return the use case
     */
    static Readiness create(StoreHealth store, QueryCache cache, boolean sharedTierRequired) {
        return new ReadinessService(Objects.requireNonNull(store, "store"), Objects.requireNonNull(cache, "cache"),
                sharedTierRequired);
    }
}
