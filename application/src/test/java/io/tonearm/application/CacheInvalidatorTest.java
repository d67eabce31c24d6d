package io.tonearm.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
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
        final List<String> refreshedEntries = new ArrayList<>();
        final List<String> droppedInPartitions = new ArrayList<>();

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
        public <T> void refresh(NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
            refreshedEntries.add(query.name() + "/" + key);
        }

        @Override
        public void invalidateQueries(Collection<String> queryNames) {
            droppedNames.addAll(queryNames);
        }

        @Override
        public void invalidateQueries(Collection<String> queryNames, CachePartition partition) {
            queryNames.forEach(name -> droppedInPartitions.add(name + "@" + partition.name()));
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

    /** The recording cache never calls a loader, so the invalidator needs no store. */
    private static CacheInvalidator invalidator(RecordingCache cache) {
        return new CacheInvalidator(cache, null);
    }

    @Test
    void favoriteSetByOneListener_dropsThatListenersFavoritesOnly_andReloadsExactlyThatTracksEntry() {
        RecordingCache cache = new RecordingCache();

        invalidator(cache).invalidate(Mutation.FAVORITE_SET, TrackId.of(42), CachePartition.of("user-a"));

        assertThat(cache.droppedInPartitions).containsExactly("tracks.favorites@user-a");
        assertThat(cache.droppedNames).as("no shared list, nobody else's favorites").isEmpty();
        assertThat(cache.refreshedEntries).containsExactly("track.byId/42");
        assertThat(cache.droppedEntries).isEmpty();
    }

    @Test
    void aPlayByOneListener_dropsThatListenersRecentAndPopular_andTheServersChart() {
        RecordingCache cache = new RecordingCache();

        invalidator(cache).invalidate(Mutation.PLAY_RECORDED, TrackId.of(42), CachePartition.of("user-b"));

        assertThat(cache.droppedInPartitions).containsExactlyInAnyOrder("tracks.recent@user-b", "tracks.popular@user-b");
        assertThat(cache.droppedNames).containsExactly("tracks.chart");
        assertThat(cache.refreshedEntries).containsExactly("track.byId/42");
    }

    @Test
    void aListenersChangeMadeByNobodyInParticular_dropsThoseQueriesInEveryPartition() {
        RecordingCache cache = new RecordingCache();

        invalidator(cache).invalidate(Mutation.FAVORITE_SET, TrackId.of(42));

        assertThat(cache.droppedNames).containsExactly("tracks.favorites");
        assertThat(cache.droppedInPartitions).isEmpty();
    }

    @Test
    void delete_dropsThatTracksEntry_withoutReloadingIt() {
        RecordingCache cache = new RecordingCache();

        invalidator(cache).invalidate(Mutation.TRACK_DELETED, TrackId.of(42));

        assertThat(cache.droppedEntries).containsExactly("track.byId/42");
        assertThat(cache.refreshedEntries).isEmpty();
    }

    @Test
    void bulkAdd_dropsNamesButNoEntry() {
        RecordingCache cache = new RecordingCache();

        invalidator(cache).invalidate(Mutation.TRACKS_ADDED, null);

        assertThat(cache.droppedNames).containsExactlyInAnyOrderElementsOf(Mutation.TRACKS_ADDED.droppedQueryNames());
        assertThat(cache.droppedEntries).isEmpty();
        assertThat(cache.refreshedEntries).isEmpty();
        assertThat(cache.droppedNames).doesNotContain("*");
    }
}
