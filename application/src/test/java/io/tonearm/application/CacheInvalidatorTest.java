package io.tonearm.application;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.application.fakes.InMemoryCatalog;
import io.tonearm.application.fakes.TestClock;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playlist.PlaylistId;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.port.CacheStatistics;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            droppedEntries.add(query + "/" + key);
        }

        @Override
        public <T> void refresh(NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
            refreshedEntries.add(query + "/" + key + "=" + loader.get());
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

    private static final TrackAnnotation STARRED = new TrackAnnotation(true, Instant.EPOCH, 0, null);

    /** The rows tested here never reload a shared track, so the invalidator needs no store. */
    private static CacheInvalidator invalidator(RecordingCache cache) {
        return new CacheInvalidator(cache, null);
    }

    @Test
    void favoriteSetByOneListener_dropsThatListenersFavoritesOnly_andReloadsTheirAnnotationOfThatTrack() {
        RecordingCache cache = new RecordingCache();

        invalidator(cache).invalidate(Mutation.FAVORITE_SET, TrackId.of(42), CachePartition.of("user-a"),
                () -> STARRED);

        assertThat(cache.droppedInPartitions).containsExactly("tracks.favorites@user-a");
        assertThat(cache.droppedNames).as("no shared list, nobody else's favorites").isEmpty();
        assertThat(cache.refreshedEntries).containsExactly("annotations.byTrack@user-a/42=" + STARRED);
        assertThat(cache.droppedEntries).as("the shared track entry is kept").isEmpty();
    }

    @Test
    void favoriteSetWithoutALoader_onlyDropsTheAnnotation() {
        RecordingCache cache = new RecordingCache();

        invalidator(cache).invalidate(Mutation.FAVORITE_SET, TrackId.of(42), CachePartition.of("user-a"));

        assertThat(cache.droppedEntries).containsExactly("annotations.byTrack@user-a/42");
        assertThat(cache.refreshedEntries).isEmpty();
    }

    @Test
    void aPlayByOneListener_dropsThatListenersRecentPopularAndOwnChart_andTheServersChart() {
        RecordingCache cache = new RecordingCache();

        invalidator(cache).invalidate(Mutation.PLAY_RECORDED, TrackId.of(42), CachePartition.of("user-b"),
                () -> STARRED);

        assertThat(cache.droppedInPartitions).containsExactlyInAnyOrder("tracks.recent@user-b",
                "tracks.popular@user-b", "tracks.chart.own@user-b");
        assertThat(cache.droppedNames).containsExactly("tracks.chart");
        assertThat(cache.refreshedEntries).containsExactly("annotations.byTrack@user-b/42=" + STARRED);
    }

    @Test
    void aListenersChangeMadeByNobodyInParticular_dropsThoseQueriesInEveryPartition() {
        RecordingCache cache = new RecordingCache();

        invalidator(cache).invalidate(Mutation.FAVORITE_SET, TrackId.of(42));

        assertThat(cache.droppedNames).containsExactly("tracks.favorites", "annotations.byTrack");
        assertThat(cache.droppedInPartitions).isEmpty();
        assertThat(CacheInvalidator.invalidation(Mutation.FAVORITE_SET, TrackId.of(42), null).queries())
                .containsExactlyInAnyOrder("tracks.favorites", "annotations.byTrack");
    }

    @Test
    void anUpdate_reloadsTheSharedTrackEntryFromTheStore() {
        RecordingCache cache = new RecordingCache();
        Track track = new InMemoryCatalog(TestClock.standing()).add(aTrack().build());

        new CacheInvalidator(cache, id -> Optional.of(track)).invalidate(Mutation.TRACK_UPDATED, track.id());

        assertThat(cache.refreshedEntries).containsExactly("track.byId/" + track.id().value() + "=" + track);
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

    @Test
    void aPrivatePlaylistsChange_dropsThatPlaylistsEntryAndEntries_andItsOwnersListOnly() {
        RecordingCache cache = new RecordingCache();

        invalidator(cache).invalidatePlaylist(Mutation.PLAYLIST_CHANGED, PlaylistId.of(7), CachePartition.of("user-a"));

        assertThat(cache.droppedNames).as("nobody else's list, no shared list").isEmpty();
        assertThat(cache.droppedInPartitions).containsExactlyInAnyOrder("playlists.visible@user-a",
                "playlist.tracks@playlist-7");
        assertThat(cache.droppedEntries).containsExactly("playlist.byId/7");
        assertThat(cache.refreshedEntries).isEmpty();
    }

    @Test
    void aPublicPlaylistsChange_dropsEveryUsersList() {
        RecordingCache cache = new RecordingCache();

        invalidator(cache).invalidatePlaylist(Mutation.PUBLIC_PLAYLIST_CHANGED, PlaylistId.of(7),
                CachePartition.of("user-a"));

        assertThat(cache.droppedNames).containsExactly("playlists.visible");
        assertThat(cache.droppedInPartitions).containsExactly("playlist.tracks@playlist-7");
        assertThat(cache.droppedEntries).containsExactly("playlist.byId/7");
    }

    @Test
    void aCreatedPlaylist_dropsTheListsItEnters_andNoEntry() {
        RecordingCache cache = new RecordingCache();

        invalidator(cache).invalidatePlaylist(Mutation.PLAYLIST_CHANGED, null, CachePartition.of("user-a"));

        assertThat(cache.droppedInPartitions).containsExactly("playlists.visible@user-a");
        assertThat(cache.droppedEntries).isEmpty();
    }

    @Test
    void aPlaylistsInvalidation_forTheChangeLog_dropsWhatTheInvalidatorDrops() {
        CacheInvalidation logged = CacheInvalidator.playlistInvalidation(Mutation.PLAYLIST_CHANGED, PlaylistId.of(7),
                CachePartition.of("user-a"));
        RecordingCache cache = new RecordingCache();

        cache.invalidateLocally(logged);

        assertThat(cache.droppedInPartitions).containsExactlyInAnyOrder("playlists.visible@user-a",
                "playlist.tracks@playlist-7");
        assertThat(cache.droppedEntries).containsExactly("playlist.byId/7");
        assertThat(cache.droppedNames).isEmpty();
    }

    @Test
    void aPlayByOneListener_isToldToTheListener_withWhatItDroppedAndWhere() {
        List<Invalidation> told = new ArrayList<>();
        new CacheInvalidator(new RecordingCache(), id -> Optional.empty(), told::add)
                .invalidate(Mutation.PLAY_RECORDED, TrackId.of(42), CachePartition.of("user-b"));

        assertThat(told).singleElement().satisfies(invalidation -> {
            assertThat(invalidation.change()).isEqualTo("PLAY_RECORDED");
            assertThat(invalidation.queries()).isEqualTo(Mutation.PLAY_RECORDED.droppedQueryNames());
            assertThat(invalidation.partitionQueries()).isEqualTo(Mutation.PLAY_RECORDED.droppedInPartitionNames());
            assertThat(invalidation.entryQueries()).containsExactly(CachedQueries.ANNOTATIONS.name());
        });
    }

    @Test
    void anUpdate_isToldAsDroppingTheTrackEntry_whichItLoadsAgain() {
        List<Invalidation> told = new ArrayList<>();
        Track track = new InMemoryCatalog(TestClock.standing()).add(aTrack().build());
        new CacheInvalidator(new RecordingCache(), id -> Optional.of(track), told::add)
                .invalidate(Mutation.TRACK_UPDATED, track.id());

        assertThat(told).singleElement().satisfies(invalidation -> {
            assertThat(invalidation.change()).isEqualTo("TRACK_UPDATED");
            assertThat(invalidation.entryQueries()).contains(CachedQueries.TRACK.name());
        });
    }

    @Test
    void aBulkAdd_isToldWithoutAnyEntry() {
        List<Invalidation> told = new ArrayList<>();
        new CacheInvalidator(new RecordingCache(), id -> Optional.empty(), told::add)
                .invalidate(Mutation.TRACKS_ADDED, null);

        assertThat(told).singleElement().satisfies(invalidation -> {
            assertThat(invalidation.queries()).isEqualTo(Mutation.TRACKS_ADDED.droppedQueryNames());
            assertThat(invalidation.entryQueries()).isEmpty();
            assertThat(invalidation.partitionQueries()).isEmpty();
        });
    }

    @Test
    void aPlaylistsChange_isToldWithThePlaylistsEntryAndItsOwnersList() {
        List<Invalidation> told = new ArrayList<>();
        new CacheInvalidator(new RecordingCache(), id -> Optional.empty(), told::add)
                .invalidatePlaylist(Mutation.PLAYLIST_CHANGED, PlaylistId.of(7), CachePartition.of("user-a"));

        assertThat(told).singleElement().satisfies(invalidation -> {
            assertThat(invalidation.change()).isEqualTo("PLAYLIST_CHANGED");
            assertThat(invalidation.partitionQueries()).contains(CachedQueries.VISIBLE_PLAYLISTS.name(),
                    CachedQueries.PLAYLIST_TRACKS.name());
            assertThat(invalidation.entryQueries()).containsExactly(CachedQueries.PLAYLIST.name());
        });
    }
}
