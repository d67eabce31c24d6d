package io.tonearm.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CacheStatistics;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CacheInvalidatorTest {

    /** Records the invalidation calls made on the port. */
    private static final class RecordingCache implements QueryCache {
        final List<String> droppedNames = new ArrayList<>();
        final List<String> droppedEntries = new ArrayList<>();

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
            droppedEntries.add(query.name() + "/" + key);
        }

        @Override
        public void invalidateQueries(Collection<String> queryNames) {
            droppedNames.addAll(queryNames);
        }

        @Override
        public void invalidateAll() {
            droppedNames.add("*");
        }

        @Override
        public CacheStatistics statistics() {
            return new CacheStatistics(List.of(), List.of());
        }
    }

    @Test
    void favoriteSet_dropsTheFavoritesNameAndExactlyThatTracksEntry() {
        RecordingCache cache = new RecordingCache();

        new CacheInvalidator(cache).invalidate(Mutation.FAVORITE_SET, TrackId.of(42));

        assertThat(cache.droppedNames).containsExactly("tracks.favorites");
        assertThat(cache.droppedEntries).containsExactly("track.byId/42");
    }

    @Test
    void bulkAdd_dropsNamesButNoEntry() {
        RecordingCache cache = new RecordingCache();

        new CacheInvalidator(cache).invalidate(Mutation.TRACKS_ADDED, null);

        assertThat(cache.droppedNames).containsExactlyInAnyOrderElementsOf(Mutation.TRACKS_ADDED.droppedQueryNames());
        assertThat(cache.droppedEntries).isEmpty();
        assertThat(cache.droppedNames).doesNotContain("*");
    }
}
