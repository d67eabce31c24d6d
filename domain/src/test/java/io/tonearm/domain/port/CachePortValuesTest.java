package io.tonearm.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.Page;
import io.tonearm.domain.TrackId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The cache port's values: names, result types, sources, statistics and the defaults of the port. */
class CachePortValuesTest {

    @Test
    void aNamedQuery_printsAsItsName_andKeepsItsResultType() {
        NamedQuery<Page<TrackId>> query = NamedQuery.of("tracks.all", new ResultType<>() { });

        assertThat(query).hasToString("tracks.all");
        assertThat(query.resultType().getTypeName()).isEqualTo("io.tonearm.domain.Page<io.tonearm.domain.TrackId>");
    }

    @Test
    void aNamedQuery_takesOneTo64LettersDigitsDotsAndDashes_andNothingJustOutsideThoseRanges() {
        ResultType<String> text = new ResultType<>() { };
        assertThat(NamedQuery.of("azAZ09.-", text).name()).isEqualTo("azAZ09.-");
        assertThat(NamedQuery.of("x".repeat(64), text).name()).hasSize(64);
        for (String bad : List.of("", "x".repeat(65), "/", ":", "@", "[", "`", "{", ",", "_", "é")) {
            assertThatThrownBy(() -> NamedQuery.of(bad, text)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aNamedQuery_refusesANameWithOtherCharacters() {
        assertThatThrownBy(() -> NamedQuery.of("tracks all", new ResultType<String>() { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tracks all");
        assertThat(NamedQuery.of("a-Z.9", new ResultType<String>() { }).name()).isEqualTo("a-Z.9");
    }

    @SuppressWarnings("rawtypes")
    private static final class RawType extends ResultType {
    }

    @Test
    void aResultTypeWithoutTypeArgument_isRefused() {
        assertThatThrownBy(RawType::new).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCacheKey_printsAsItsValue() {
        assertThat(CacheKey.of("a b", 1)).hasToString("a+b&1");
    }

    @Test
    void onlyTheTiersAreHits_andASourceCombinesToTheLessCachedOfTwo() {
        assertThat(CacheSource.TIER1.hit()).isTrue();
        assertThat(CacheSource.TIER2.hit()).isTrue();
        assertThat(CacheSource.NONE.hit()).isFalse();
        assertThat(CacheSource.MISS.hit()).isFalse();
        assertThat(CacheSource.TIER1.and(CacheSource.TIER2)).isEqualTo(CacheSource.TIER2);
        assertThat(CacheSource.TIER2.and(CacheSource.TIER1)).isEqualTo(CacheSource.TIER2);
        assertThat(CacheSource.MISS.and(CacheSource.TIER1)).isEqualTo(CacheSource.MISS);
        assertThat(CacheSource.TIER1.and(CacheSource.TIER1)).isEqualTo(CacheSource.TIER1);
        assertThat(CacheTrace.NONE.source()).isEqualTo(CacheSource.NONE);
    }

    @Test
    void queryStatistics_deriveRatesAndTierOneHits_andZeroWithoutRequestsOrLoads() {
        QueryStatistics stats = new QueryStatistics("q", 10, 4, 6, 2, 300, 1, 0, StoredResults.NONE,
                StoredResults.NONE);

        assertThat(stats.hitRate()).isEqualTo(0.4);
        assertThat(stats.averageLoadNanos()).isEqualTo(150.0);
        assertThat(stats.tier1Hits()).isEqualTo(3);
        QueryStatistics idle = new QueryStatistics("q", 0, 0, 0, 0, 0);
        assertThat(idle.hitRate()).isZero();
        assertThat(idle.averageLoadNanos()).isZero();
    }

    @Test
    void tierStatistics_deriveTheHitRate_andAreUpByDefault() {
        TierStatistics tier = new TierStatistics("tier1", 4, 1, 3, 0, 0, 0, 0);

        assertThat(tier.hitRate()).isEqualTo(0.25);
        assertThat(tier.available()).isTrue();
        assertThat(new TierStatistics("tier1", 0, 0, 0, 0, 0, 0, 0).hitRate()).isZero();
    }

    @Test
    void thePortsDefaults_refreshOnlyDrops_andTraceNothing() {
        List<String> dropped = new ArrayList<>();
        QueryCache cache = new QueryCache() {
            @Override
            public <T> T get(NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
                return loader.get();
            }

            @Override
            public <T> Map<CacheKey, T> getAll(NamedQuery<T> query, Collection<CacheKey> keys,
                                               Function<Set<CacheKey>, Map<CacheKey, T>> loader) {
                return loader.apply(Set.copyOf(keys));
            }

            @Override
            public void invalidate(NamedQuery<?> query, CacheKey key) {
                dropped.add(query.name() + "/" + key);
            }

            @Override
            public void invalidateQueries(Collection<String> queryNames) {
            }

            @Override
            public void invalidateAll() {
            }

            @Override
            public CacheStatistics statistics() {
                return new CacheStatistics(List.of(), List.of());
            }
        };

        cache.refresh(NamedQuery.of("track.byId", new ResultType<String>() { }), CacheKey.of(1), () -> {
            throw new AssertionError("the default refresh loads nothing");
        });

        assertThat(dropped).containsExactly("track.byId/1");
        assertThat(cache.openTrace()).isSameAs(CacheTrace.NONE);
        assertThat(cache.gaps()).as("a cache that finds no gap by itself").isEqualTo(CacheGaps.NONE);
    }

    @Test
    void cacheGaps_countOneMoreWithTheLatestReason_andRefuseANegativeCount() {
        CacheGaps two = CacheGaps.NONE.plus("first").plus("second");

        assertThat(two).isEqualTo(new CacheGaps(2, "second"));
        assertThat(CacheGaps.NONE).isEqualTo(new CacheGaps(0, ""));
        assertThatThrownBy(() -> new CacheGaps(-1, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must be >= 0 but was -1");
    }
}
