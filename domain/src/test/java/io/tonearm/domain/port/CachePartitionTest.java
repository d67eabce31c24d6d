package io.tonearm.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Partitions of a named query: their names, a query read in one, and the port's default for dropping one. */
class CachePartitionTest {
    private static final NamedQuery<String> FAVORITES = NamedQuery.of("tracks.favorites", new ResultType<>() { });

    @Test
    void aPartition_printsAsItsName_andRefusesOtherCharacters() {
        assertThat(CachePartition.of("user_7.a-b")).hasToString("user_7.a-b");
        assertThatThrownBy(() -> CachePartition.of("user 7")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user 7");
    }

    @Test
    void aQueryReadInAPartition_isPartitioned_andPrintsWithIt() {
        NamedQuery<String> mine = FAVORITES.in(CachePartition.of("u1"));

        assertThat(mine.partitioned()).isTrue();
        assertThat(mine.partition()).isEqualTo(CachePartition.of("u1"));
        assertThat(mine.name()).isEqualTo("tracks.favorites");
        assertThat(mine).hasToString("tracks.favorites@u1");
        assertThat(FAVORITES.partitioned()).isFalse();
        assertThat(FAVORITES).hasToString("tracks.favorites");
    }

    @Test
    void thePortsDefault_dropsAPartitionsQueriesWhole() {
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
            }

            @Override
            public void invalidateQueries(Collection<String> queryNames) {
                dropped.addAll(queryNames);
            }

            @Override
            public void invalidateAll() {
            }

            @Override
            public CacheStatistics statistics() {
                return new CacheStatistics(List.of(), List.of());
            }
        };

        cache.invalidateQueries(List.of("tracks.favorites"), CachePartition.of("u1"));

        assertThat(dropped).containsExactly("tracks.favorites");
    }
}
