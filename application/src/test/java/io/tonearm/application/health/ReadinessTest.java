package io.tonearm.application.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CacheStatistics;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.TierStatistics;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Ready while the database answers and every required cache tier is up; every component is reported. */
class ReadinessTest {
    private final AtomicReference<Optional<String>> storeProblem = new AtomicReference<>(Optional.empty());
    private final TierCache cache = new TierCache();

    @Test
    void aReachableDatabase_andAnInProcessCache_areReady_andBothAreReported() {
        ReadinessReport report = Readiness.create(storeProblem::get, cache, false).check();

        assertThat(report.ready()).isTrue();
        assertThat(report.components()).containsExactly(
                new ComponentState("database", true, true, "up"),
                new ComponentState("cache.tier1", true, false, "up"));
    }

    @Test
    void aDatabaseThatCannotBeReached_isNotReady_namingWhy_untilItIsBack() {
        Readiness readiness = Readiness.create(storeProblem::get, cache, false);
        storeProblem.set(Optional.of("the database cannot be reached: connection refused"));

        ReadinessReport down = readiness.check();

        assertThat(down.ready()).isFalse();
        assertThat(down.components().get(0))
                .isEqualTo(new ComponentState("database", false, true,
                        "the database cannot be reached: connection refused"));

        storeProblem.set(Optional.empty());

        assertThat(readiness.check().ready()).isTrue();
    }

    @Test
    void aSharedTierThatIsDown_isReported_butOnlyCountsWhenRequired() {
        cache.tiers = List.of(tier("tier1", true, "up"), tier("tier2", false, "out of use since 12:00: refused"));

        ReadinessReport optional = Readiness.create(storeProblem::get, cache, false).check();
        ReadinessReport required = Readiness.create(storeProblem::get, cache, true).check();

        assertThat(optional.ready()).isTrue();
        assertThat(optional.components()).contains(
                new ComponentState("cache.tier2", false, false, "out of use since 12:00: refused"));
        assertThat(required.ready()).isFalse();
        assertThat(required.components()).contains(
                new ComponentState("cache.tier1", true, false, "up"),
                new ComponentState("cache.tier2", false, true, "out of use since 12:00: refused"));
    }

    @Test
    void theInProcessTierOutOfUse_neverMakesTheProcessUnready() {
        cache.tiers = List.of(tier("tier1", false, "the change log cannot be read"), tier("tier2", true, "up"));

        ReadinessReport report = Readiness.create(storeProblem::get, cache, true).check();

        assertThat(report.ready()).isTrue();
        assertThat(report.components()).contains(
                new ComponentState("cache.tier1", false, false, "the change log cannot be read"),
                new ComponentState("cache.tier2", true, true, "up"));
    }

    @Test
    void aCacheWhoseStatisticsFail_isReportedDown_andCountsOnlyWhenTheSharedTierIsRequired() {
        cache.failure = new IllegalStateException("boom");

        ReadinessReport optional = Readiness.create(storeProblem::get, cache, false).check();
        ReadinessReport required = Readiness.create(storeProblem::get, cache, true).check();

        assertThat(optional.ready()).isTrue();
        assertThat(optional.components()).containsExactly(new ComponentState("database", true, true, "up"),
                new ComponentState("cache", false, false, "the cache's statistics cannot be read: boom"));
        assertThat(required.ready()).isFalse();
    }

    @Test
    void valuesRefuseWhatIsMissing_andReportsKeepACopy() {
        assertThatThrownBy(() -> new ComponentState(null, true, true, "up")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ComponentState("db", true, true, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ReadinessReport(true, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Readiness.create(null, cache, false)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Readiness.create(storeProblem::get, null, false))
                .isInstanceOf(NullPointerException.class);
        List<ComponentState> components = new java.util.ArrayList<>(List.of(new ComponentState("db", true, true, "up")));
        ReadinessReport report = new ReadinessReport(true, components);
        components.clear();
        assertThat(report.components()).hasSize(1);
    }

    private static TierStatistics tier(String name, boolean available, String status) {
        return new TierStatistics(name, 0, 0, 0, 0, 0, 0, 0, available, status);
    }

    /** A cache that only reports its tiers. */
    private static final class TierCache implements QueryCache {
        List<TierStatistics> tiers = List.of(tier("tier1", true, "up"));
        RuntimeException failure;

        @Override
        public CacheStatistics statistics() {
            if (failure != null) {
                throw failure;
            }
            return new CacheStatistics(tiers, List.of());
        }

        @Override
        public <T> T get(NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Map<CacheKey, T> getAll(NamedQuery<T> query, Collection<CacheKey> keys,
                                           Function<Set<CacheKey>, Map<CacheKey, T>> loader) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void invalidate(NamedQuery<?> query, CacheKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void invalidateQueries(Collection<String> queryNames) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void invalidateAll() {
            throw new UnsupportedOperationException();
        }
    }
}
