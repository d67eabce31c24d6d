package io.tonearm.application.health;

import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.StoreHealth;
import io.tonearm.domain.port.TierStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The readiness check: the store's own check, then the tiers the cache reports. */
final class ReadinessService implements Readiness {
    static final String DATABASE = "database";
    static final String CACHE = "cache";

    private final StoreHealth store;
    private final QueryCache cache;
    private final boolean sharedTierRequired;

    ReadinessService(StoreHealth store, QueryCache cache, boolean sharedTierRequired) {
        this.store = store;
        this.cache = cache;
        this.sharedTierRequired = sharedTierRequired;
    }

    @Override
    public ReadinessReport check() {
        List<ComponentState> components = new ArrayList<>();
        Optional<String> problem = store.problem();
        components.add(new ComponentState(DATABASE, problem.isEmpty(), true, problem.orElse("up")));
        components.addAll(tiers());
        boolean ready = components.stream().allMatch(component -> component.up() || !component.required());
        return new ReadinessReport(ready, components);
    }

    private List<ComponentState> tiers() {
        List<TierStatistics> tiers;
        try {
            tiers = cache.statistics().tiers();
        } catch (RuntimeException e) {
            // a cache that cannot even count is as good as a shared tier that is down
            return List.of(new ComponentState(CACHE, false, sharedTierRequired,
                    "the cache's statistics cannot be read: " + e.getMessage()));
        }
        List<ComponentState> states = new ArrayList<>(tiers.size());
        for (int i = 0; i < tiers.size(); i++) {
            TierStatistics tier = tiers.get(i);
            states.add(new ComponentState(CACHE + "." + tier.tier(), tier.available(), i > 0 && sharedTierRequired,
                    tier.status()));
        }
        return states;
    }
}
