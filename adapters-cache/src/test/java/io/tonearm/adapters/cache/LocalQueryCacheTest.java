package io.tonearm.adapters.cache;

import static io.tonearm.adapters.cache.TestValues.ALBUMS_ALL;
import static io.tonearm.adapters.cache.TestValues.TRACKS_ALL;
import static io.tonearm.adapters.cache.TestValues.TRACKS_FAVORITES;
import static io.tonearm.adapters.cache.TestValues.TRACK_BY_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import io.tonearm.domain.Page;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CacheSource;
import io.tonearm.domain.port.CacheStatistics;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.QueryStatistics;
import io.tonearm.domain.port.ResultType;
import io.tonearm.domain.port.TierStatistics;
import io.tonearm.domain.port.CacheTrace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The cache with tier 1 alone, as {@link LocalCacheModule} binds it. */
class LocalQueryCacheTest {
    private final AtomicLong clock = new AtomicLong();
    private final LocalTier tier1 = new LocalTier(CacheSettings.defaults(), new ValueCodec(), new CacheClock(clock::get));
    private final TieredQueryCache cache = new TieredQueryCache(tier1, new NoSharedTier(), CacheSettings.defaults());
    private final AtomicInteger loads = new AtomicInteger();

    private Supplier<Track> loading(Track track) {
        return () -> {
            loads.incrementAndGet();
            return track;
        };
    }

    @Test
    void aSecondRead_isATier1Hit_withoutLoading() {
        Track first = cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        Track second = cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(99)));

        assertThat(second).isEqualTo(first).isEqualTo(TestValues.track(1));
        assertThat(loads).hasValue(1);
    }

    @Test
    void aNullResult_isReturnedButNotKept() {
        assertThat(cache.get(TRACK_BY_ID, CacheKey.of(1), () -> null)).isNull();

        assertThat(cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)))).isEqualTo(TestValues.track(1));
        assertThat(loads).hasValue(1);
    }

    @Test
    void invalidatingANamedQuery_dropsEveryKeyOfIt_andKeepsOtherQueries() {
        for (int offset = 0; offset < 100; offset += 20) {
            int from = offset;
            cache.get(TRACKS_ALL, CacheKey.of(offset, 20), () -> TestValues.trackIds(from, 20, 100));
        }
        cache.get(TRACKS_FAVORITES, CacheKey.of(0, 20), () -> TestValues.trackIds(0, 20, 20));
        cache.get(TRACK_BY_ID, CacheKey.of(5), () -> TestValues.track(5));

        cache.invalidateQueries(List.of("tracks.all"));

        AtomicInteger reloaded = new AtomicInteger();
        for (int offset = 0; offset < 100; offset += 20) {
            int from = offset;
            cache.get(TRACKS_ALL, CacheKey.of(offset, 20), () -> {
                reloaded.incrementAndGet();
                return TestValues.trackIds(from, 20, 101);
            });
        }
        assertThat(reloaded).hasValue(5);
        assertThat(cache.get(TRACKS_FAVORITES, CacheKey.of(0, 20), () -> null)).isNotNull();
        assertThat(cache.get(TRACK_BY_ID, CacheKey.of(5), () -> null)).isEqualTo(TestValues.track(5));
    }

    @Test
    void invalidatingANamedQuery_isO1_itTouchesNoStoredResult() {
        int results = 20_000;
        for (int i = 0; i < results; i++) {
            int offset = i;
            cache.get(TRACKS_ALL, CacheKey.of(offset, 1), () -> TestValues.trackIds(offset, 1, results));
        }
        tier1.cleanUp();
        long before = cache.statistics().tiers().get(0).entries();

        cache.invalidateQueries(List.of("tracks.all"));

        // nothing was walked or removed: the results are unreachable because the generation in their keys moved
        tier1.cleanUp();
        assertThat(cache.statistics().tiers().get(0).entries()).isEqualTo(before).isEqualTo(results);
        assertThat(cache.get(TRACKS_ALL, CacheKey.of(7, 1), () -> null)).isNull();
    }

    @Test
    void invalidatingOneEntry_dropsOnlyThatKey() {
        cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        cache.get(TRACK_BY_ID, CacheKey.of(2), loading(TestValues.track(2)));

        cache.invalidate(TRACK_BY_ID, CacheKey.of(1));

        assertThat(cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1).withFavorite(true))).favorite())
                .isTrue();
        assertThat(cache.get(TRACK_BY_ID, CacheKey.of(2), loading(TestValues.bareTrack(2))))
                .isEqualTo(TestValues.track(2));
        assertThat(loads).hasValue(3);
    }

    @Test
    void aRefresh_replacesTheEntryWithAFreshLoad_soTheNextReadIsAHit_countedAsALoadNotARequest() {
        cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        cache.get(TRACK_BY_ID, CacheKey.of(2), loading(TestValues.track(2)));
        Track favorite = TestValues.track(1).withFavorite(true);

        cache.refresh(TRACK_BY_ID, CacheKey.of(1), loading(favorite));

        assertThat(loads).hasValue(3);
        QueryStatistics afterRefresh = cache.statistics().queries().get(0);
        assertThat(afterRefresh.requests()).isEqualTo(2);
        assertThat(afterRefresh.loads()).isEqualTo(3);
        assertThat(cache.get(TRACK_BY_ID, CacheKey.of(1), TestValues.mustNotLoad())).isEqualTo(favorite);
        assertThat(cache.get(TRACK_BY_ID, CacheKey.of(2), TestValues.mustNotLoad())).isEqualTo(TestValues.track(2));
        QueryStatistics afterReads = cache.statistics().queries().get(0);
        assertThat(afterReads.requests()).isEqualTo(4);
        assertThat(afterReads.hits()).isEqualTo(2);
    }

    @Test
    void aRefreshWhoseLoadFails_leavesTheEntryDropped_withoutThrowing() {
        cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));

        cache.refresh(TRACK_BY_ID, CacheKey.of(1), () -> {
            throw new IllegalStateException("database gone");
        });

        Track favorite = TestValues.track(1).withFavorite(true);
        assertThat(cache.get(TRACK_BY_ID, CacheKey.of(1), loading(favorite))).isEqualTo(favorite);
        assertThat(loads).hasValue(2);
    }

    @Test
    void aRefreshThatLoadsNothing_keepsNothing() {
        cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));

        cache.refresh(TRACK_BY_ID, CacheKey.of(1), () -> null);

        assertThat(cache.get(TRACK_BY_ID, CacheKey.of(1), () -> null)).isNull();
    }

    @Test
    void invalidatingEverything_dropsEveryQuery() {
        cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        cache.get(ALBUMS_ALL, CacheKey.of(0, 5), () -> TestValues.albums(5));

        cache.invalidateAll();

        assertThat(cache.get(TRACK_BY_ID, CacheKey.of(1), () -> null)).isNull();
        assertThat(cache.get(ALBUMS_ALL, CacheKey.of(0, 5), () -> null)).isNull();
    }

    @Test
    void aLoadThatStartedBeforeAnEntryInvalidation_isNeverStoredAfterIt() throws Exception {
        assertStaleLoadIsNotStored(() -> cache.invalidate(TRACK_BY_ID, CacheKey.of(1)));
    }

    @Test
    void aLoadThatStartedBeforeARefresh_isNeverStoredAfterIt() throws Exception {
        AtomicReference<Track> database = new AtomicReference<>();
        assertStaleLoadIsNotStored(database, () -> cache.refresh(TRACK_BY_ID, CacheKey.of(1), database::get));
    }

    @Test
    void aLoadThatStartedBeforeANamedQueryInvalidation_isNeverStoredAfterIt() throws Exception {
        assertStaleLoadIsNotStored(() -> cache.invalidateQueries(List.of(TRACK_BY_ID.name())));
    }

    @Test
    void aLoadThatStartedBeforeInvalidatingEverything_isNeverStoredAfterIt() throws Exception {
        assertStaleLoadIsNotStored(cache::invalidateAll);
    }

    /**
     * A load reads the old track and is held; the track changes and {@code invalidation} returns; a reader that
     * comes after must neither join the held load nor, once it is released, find its old result.
     */
    private void assertStaleLoadIsNotStored(Runnable invalidation) throws Exception {
        assertStaleLoadIsNotStored(new AtomicReference<>(), invalidation);
    }

    private void assertStaleLoadIsNotStored(AtomicReference<Track> database, Runnable invalidation) throws Exception {
        database.set(TestValues.track(1));
        CountDownLatch loadRead = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Track> early = CompletableFuture.supplyAsync(() -> cache.get(TRACK_BY_ID, CacheKey.of(1), () -> {
            Track read = database.get();
            loadRead.countDown();
            await(release);
            return read;
        }));
        await(loadRead);

        database.set(TestValues.track(1).withFavorite(true));
        invalidation.run();

        // a reader after the invalidation loads anew instead of waiting for the held, stale load
        assertThat(cache.get(TRACK_BY_ID, CacheKey.of(1), database::get).favorite()).isTrue();
        release.countDown();
        assertThat(early.get(10, TimeUnit.SECONDS).favorite()).isFalse();
        assertThat(cache.get(TRACK_BY_ID, CacheKey.of(1), database::get).favorite()).isTrue();
        assertThat(cache.get(TRACK_BY_ID, CacheKey.of(1), () -> null)).isNotNull();
    }

    @Test
    void concurrentMissesOfOneKey_loadOnce() throws Exception {
        int readers = 8;
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Track>> reads = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            reads.add(CompletableFuture.supplyAsync(() -> cache.get(TRACK_BY_ID, CacheKey.of(3), () -> {
                loads.incrementAndGet();
                await(release);
                return TestValues.track(3);
            }), runnable -> new Thread(runnable).start()));
        }
        // every reader has either started the one load or joined it before the load may finish
        while (queryStatistics("track.byId").misses() < readers) {
            Thread.onSpinWait();
        }
        release.countDown();

        for (CompletableFuture<Track> read : reads) {
            assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(TestValues.track(3));
        }
        assertThat(loads).hasValue(1);
        assertThat(queryStatistics("track.byId").loads()).isEqualTo(1);
    }

    @Test
    void aFailingLoad_failsEveryWaitingReader_andIsNotKept() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Track> owner = CompletableFuture.supplyAsync(() -> cache.get(TRACK_BY_ID, CacheKey.of(3), () -> {
            await(release);
            throw new IllegalStateException("database down");
        }), runnable -> new Thread(runnable).start());
        while (queryStatistics("track.byId").misses() < 1) {
            Thread.onSpinWait();
        }
        CompletableFuture<Track> joiner = CompletableFuture.supplyAsync(
                () -> cache.get(TRACK_BY_ID, CacheKey.of(3), loading(TestValues.track(3))),
                runnable -> new Thread(runnable).start());
        while (queryStatistics("track.byId").misses() < 2) {
            Thread.onSpinWait();
        }
        release.countDown();

        assertThatThrownBy(() -> owner.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("database down");
        assertThatThrownBy(() -> joiner.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("database down");
        assertThat(cache.get(TRACK_BY_ID, CacheKey.of(3), loading(TestValues.track(3)))).isEqualTo(TestValues.track(3));
        assertThat(loads).hasValue(1);
    }

    @Test
    void aLoaderThatReadsItsOwnKey_failsInsteadOfWaitingForever() {
        assertThatThrownBy(() -> cache.get(TRACK_BY_ID, CacheKey.of(1),
                () -> cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reads its own key");
    }

    @Test
    void getAll_loadsAllMissingKeysInOneCall_andOnlyThose() {
        cache.get(TRACK_BY_ID, CacheKey.of(2), loading(TestValues.track(2)));
        List<Set<CacheKey>> calls = new ArrayList<>();

        Map<CacheKey, Track> found = cache.getAll(TRACK_BY_ID, List.of(CacheKey.of(1), CacheKey.of(2), CacheKey.of(3)),
                missing -> {
                    calls.add(Set.copyOf(missing));
                    return missing.stream().collect(Collectors.toMap(key -> key,
                            key -> TestValues.track(Long.parseLong(key.value()))));
                });

        assertThat(calls).containsExactly(Set.of(CacheKey.of(1), CacheKey.of(3)));
        assertThat(found).containsOnlyKeys(CacheKey.of(1), CacheKey.of(2), CacheKey.of(3));
        assertThat(found.get(CacheKey.of(3))).isEqualTo(TestValues.track(3));
        assertThat(cache.getAll(TRACK_BY_ID, List.of(CacheKey.of(1), CacheKey.of(3)), missing -> {
            throw new AssertionError("everything is cached: " + missing);
        })).hasSize(2);
        assertThat(queryStatistics("track.byId").loads()).isEqualTo(2);
    }

    @Test
    void getAll_ofKeysAllCached_answersInTheirOrder_countingEachDistinctKeyOnceAsAHit() {
        for (long id = 1; id <= 3; id++) {
            cache.get(TRACK_BY_ID, CacheKey.of(id), loading(TestValues.track(id)));
        }

        Map<CacheKey, Track> found = cache.getAll(TRACK_BY_ID,
                List.of(CacheKey.of(3), CacheKey.of(1), CacheKey.of(3), CacheKey.of(2)), missing -> {
                    throw new AssertionError("everything is cached: " + missing);
                });

        assertThat(found.keySet()).containsExactly(CacheKey.of(3), CacheKey.of(1), CacheKey.of(2));
        assertThat(found.get(CacheKey.of(1))).isEqualTo(TestValues.track(1));
        assertThat(queryStatistics("track.byId").tier1Hits()).isEqualTo(3);
        assertThat(queryStatistics("track.byId").misses()).isEqualTo(3);
        assertThatThrownBy(() -> found.put(CacheKey.of(9), TestValues.track(9)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBulkReadAnsweredWholeByTier1_isRememberedAsOneLookup_untilAnEntryOfItChanges() {
        List<CacheKey> keys = List.of(CacheKey.of(1), CacheKey.of(2), CacheKey.of(3));
        for (long id = 1; id <= 3; id++) {
            cache.get(TRACK_BY_ID, CacheKey.of(id), loading(TestValues.track(id)));
        }
        Map<CacheKey, Track> first = cache.getAll(TRACK_BY_ID, new ArrayList<>(keys), TestValues.mustNotLoadAll());
        Map<CacheKey, Track> remembered = cache.getAll(TRACK_BY_ID, new ArrayList<>(keys), TestValues.mustNotLoadAll());

        assertThat(remembered).as("the same answer, not read again key by key").isSameAs(first);
        assertThat(queryStatistics("track.byId").tier1Hits()).as("counted as the keys' hits").isEqualTo(6);

        cache.invalidate(TRACK_BY_ID, CacheKey.of(2));
        Map<CacheKey, Track> afterDrop = cache.getAll(TRACK_BY_ID, keys,
                missing -> Map.of(CacheKey.of(2), TestValues.track(2).withFavorite(true)));
        assertThat(afterDrop).isNotSameAs(first);
        assertThat(afterDrop.get(CacheKey.of(2)).favorite()).as("the changed entry, loaded again").isTrue();
        assertThat(cache.getAll(TRACK_BY_ID, keys, TestValues.mustNotLoadAll()).get(CacheKey.of(2)).favorite())
                .isTrue();

        cache.invalidateQueries(List.of(TRACK_BY_ID.name()));
        AtomicInteger reloaded = new AtomicInteger();
        cache.getAll(TRACK_BY_ID, keys, missing -> {
            reloaded.addAndGet(missing.size());
            return Map.of();
        });
        assertThat(reloaded).as("a whole-query drop reaches a remembered read too").hasValue(3);
    }

    @Test
    void aRememberedBulkRead_isNotServedOnceOneOfItsEntriesWouldHaveExpired() {
        CacheSettings settings = CacheSettings.defaults().withTtl("track.byId", Duration.ofSeconds(100));
        TieredQueryCache timed = new TieredQueryCache(new LocalTier(settings, new ValueCodec(), new CacheClock(clock::get)),
                new NoSharedTier(), settings);
        List<CacheKey> keys = List.of(CacheKey.of(1), CacheKey.of(2));
        for (long id = 1; id <= 2; id++) {
            long trackId = id;
            timed.get(TRACK_BY_ID, CacheKey.of(id), () -> TestValues.track(trackId));
        }
        assertThat(timed.getAll(TRACK_BY_ID, keys, TestValues.mustNotLoadAll())).hasSize(2);

        clock.set(Duration.ofSeconds(111).toNanos());
        AtomicInteger reloaded = new AtomicInteger();
        timed.getAll(TRACK_BY_ID, keys, missing -> {
            reloaded.addAndGet(missing.size());
            return Map.of();
        });
        assertThat(reloaded).as("both expired: read again, not remembered").hasValue(2);
    }

    @Test
    void aRememberedBulkRead_ofAPartition_isDroppedByAChangeInThatPartitionOnly() {
        io.tonearm.domain.port.CachePartition alice = io.tonearm.domain.port.CachePartition.of("user-1");
        io.tonearm.domain.port.CachePartition bob = io.tonearm.domain.port.CachePartition.of("user-2");
        List<CacheKey> keys = List.of(CacheKey.of(1), CacheKey.of(2));
        cache.getAll(TRACK_BY_ID.in(alice), keys,
                missing -> Map.of(CacheKey.of(1), TestValues.track(1), CacheKey.of(2), TestValues.track(2)));
        cache.getAll(TRACK_BY_ID.in(bob), keys,
                missing -> Map.of(CacheKey.of(1), TestValues.track(1), CacheKey.of(2), TestValues.track(2)));
        cache.getAll(TRACK_BY_ID.in(alice), keys, TestValues.mustNotLoadAll());
        Map<CacheKey, Track> bobsRemembered = cache.getAll(TRACK_BY_ID.in(bob), keys, TestValues.mustNotLoadAll());

        cache.invalidate(TRACK_BY_ID.in(alice), CacheKey.of(1));

        assertThat(cache.getAll(TRACK_BY_ID.in(bob), keys, TestValues.mustNotLoadAll())).isSameAs(bobsRemembered);
        assertThat(cache.getAll(TRACK_BY_ID.in(alice), keys,
                missing -> Map.of(CacheKey.of(1), TestValues.track(1).withFavorite(true))).get(CacheKey.of(1)).favorite())
                .isTrue();
    }

    @Test
    void getAll_ofKeysPartlyCached_countsEachKeyOnce_asAHitOrAMiss() {
        cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));

        Map<CacheKey, Track> found = cache.getAll(TRACK_BY_ID, List.of(CacheKey.of(1), CacheKey.of(2)),
                missing -> Map.of(CacheKey.of(2), TestValues.track(2)));

        assertThat(found.keySet()).containsExactly(CacheKey.of(1), CacheKey.of(2));
        assertThat(queryStatistics("track.byId").tier1Hits()).isEqualTo(1);
        assertThat(queryStatistics("track.byId").misses()).isEqualTo(2);
    }

    @Test
    void getAll_leavesOutKeysTheLoaderLeftOut_andDoesNotKeepThem() {
        Map<CacheKey, Track> found = cache.getAll(TRACK_BY_ID, List.of(CacheKey.of(1), CacheKey.of(404)),
                missing -> Map.of(CacheKey.of(1), TestValues.track(1)));

        assertThat(found).containsOnlyKeys(CacheKey.of(1));
        assertThat(cache.get(TRACK_BY_ID, CacheKey.of(404), loading(TestValues.track(404)))).isNotNull();
        assertThat(loads).hasValue(1);
    }

    @Test
    void getAll_joinsALoadInProgressInsteadOfLoadingItAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Track> single = CompletableFuture.supplyAsync(() -> cache.get(TRACK_BY_ID, CacheKey.of(1), () -> {
            await(release);
            return TestValues.track(1);
        }), runnable -> new Thread(runnable).start());
        while (queryStatistics("track.byId").misses() < 1) {
            Thread.onSpinWait();
        }
        Set<CacheKey> bulkLoaded = new HashSet<>();
        CompletableFuture<Map<CacheKey, Track>> bulk = CompletableFuture.supplyAsync(() -> cache.getAll(TRACK_BY_ID,
                List.of(CacheKey.of(1), CacheKey.of(2)), missing -> {
                    bulkLoaded.addAll(missing);
                    return Map.of(CacheKey.of(2), TestValues.track(2));
                }), runnable -> new Thread(runnable).start());
        while (queryStatistics("track.byId").misses() < 3) {
            Thread.onSpinWait();
        }
        release.countDown();

        assertThat(bulk.get(10, TimeUnit.SECONDS)).containsOnlyKeys(CacheKey.of(1), CacheKey.of(2));
        assertThat(bulkLoaded).containsExactly(CacheKey.of(2));
        assertThat(single.get(10, TimeUnit.SECONDS)).isEqualTo(TestValues.track(1));
    }

    @Test
    void cachedResults_areTheReadBackForm_equalToTheLoadedOne_andUnmodifiable() {
        NamedQuery<List<TrackId>> ids = NamedQuery.of("tracks.find", new ResultType<List<TrackId>>() { });
        List<TrackId> loaded = new ArrayList<>(List.of(TrackId.of(1), TrackId.of(2)));

        List<TrackId> first = cache.get(ids, CacheKey.of("a"), () -> loaded);
        loaded.add(TrackId.of(3));

        assertThat(first).containsExactly(TrackId.of(1), TrackId.of(2));
        assertThat(cache.get(ids, CacheKey.of("a"), () -> null)).containsExactly(TrackId.of(1), TrackId.of(2));
        assertThatThrownBy(() -> first.add(TrackId.of(4))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aResultThatCannotBeSerialized_isReturnedButNotKept_andCountedAsAnError() {
        NamedQuery<Object> opaque = new NamedQuery<>("test.opaque", Object.class);
        Object value = new Object();

        assertThat(cache.get(opaque, CacheKey.NONE, () -> value)).isSameAs(value);
        assertThat(cache.get(opaque, CacheKey.NONE, () -> null)).isNull();
        assertThat(tier1Statistics().errors()).isEqualTo(1);
    }

    @Test
    void oneQueryNameWithTwoResultTypes_isRejected() {
        cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        NamedQuery<Page<TrackId>> clash = NamedQuery.of("track.byId", new ResultType<Page<TrackId>>() { });

        assertThatThrownBy(() -> cache.get(clash, CacheKey.of(1), () -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two result types");
    }

    @Test
    void invalidatingSomethingThatIsNotAQueryName_isRejectedWithTheName() {
        assertThatThrownBy(() -> cache.invalidateQueries(List.of("tracks.all", "no spaces")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no spaces");
    }

    @Test
    void tier1_staysWithinItsByteBound_evictingWhatDoesNotFit() {
        long bound = 64 * 1024;
        CacheSettings settings = CacheSettings.defaults().withTier1MaxBytes(bound);
        LocalTier small = new LocalTier(settings, new ValueCodec(), new CacheClock());
        TieredQueryCache smallCache = new TieredQueryCache(small, new NoSharedTier(), settings);
        int oneSize = new ValueCodec().forType(Track.class).encode(TestValues.track(500)).length;

        for (int id = 1; id <= 1000; id++) {
            long trackId = id;
            smallCache.get(TRACK_BY_ID, CacheKey.of(id), () -> TestValues.track(trackId));
        }
        small.cleanUp();

        TierStatistics stats = smallCache.statistics().tiers().get(0);
        assertThat(stats.bytes()).isLessThanOrEqualTo(bound).isGreaterThan(bound / 2);
        assertThat(stats.entries()).isBetween(bound / oneSize / 2, bound / oneSize + 10);
        assertThat(stats.evictions()).isEqualTo(1000 - stats.entries());
        QueryStatistics byId = smallCache.statistics().queries().get(0);
        assertThat(byId.query()).isEqualTo("track.byId");
        assertThat(byId.tier1().evictions()).isEqualTo(stats.evictions());
        assertThat(byId.tier1().entries()).isEqualTo(stats.entries());
        assertThat(byId.tier1().bytes()).isEqualTo(stats.bytes());
    }

    @Test
    void evictionsAndBytes_areCountedForTheQueryWhoseResultsTheyAre() {
        long bound = 64 * 1024;
        CacheSettings settings = CacheSettings.defaults().withTier1MaxBytes(bound);
        LocalTier small = new LocalTier(settings, new ValueCodec(), new CacheClock());
        TieredQueryCache smallCache = new TieredQueryCache(small, new NoSharedTier(), settings);
        smallCache.get(TRACKS_FAVORITES, CacheKey.of(0, 20), () -> TestValues.trackIds(0, 20, 20));
        for (int read = 0; read < 50; read++) {
            smallCache.get(TRACKS_FAVORITES, CacheKey.of(0, 20), () -> TestValues.trackIds(0, 20, 20));
        }
        for (int id = 1; id <= 1000; id++) {
            long trackId = id;
            smallCache.get(TRACK_BY_ID, CacheKey.of(id), () -> TestValues.track(trackId));
        }
        small.cleanUp();

        CacheStatistics stats = smallCache.statistics();
        long evicted = stats.queries().stream().mapToLong(query -> query.tier1().evictions()).sum();
        long held = stats.queries().stream().mapToLong(query -> query.tier1().bytes()).sum();

        assertThat(evicted).isEqualTo(stats.tiers().get(0).evictions()).isPositive();
        assertThat(held).isEqualTo(stats.tiers().get(0).bytes());
        QueryStatistics favorites = stats.queries().stream().filter(query -> query.query().equals("tracks.favorites"))
                .findFirst().orElseThrow();
        assertThat(favorites.tier1().evictions() + favorites.tier1().entries()).as("the one favorites page, held or evicted")
                .isEqualTo(1);
    }

    @Test
    void resultsExpireAfterTheirQuerysTimeToLive_withinTheJitter() {
        CacheSettings settings = CacheSettings.defaults().withTtl("track.byId", Duration.ofSeconds(100));
        TieredQueryCache timed = new TieredQueryCache(new LocalTier(settings, new ValueCodec(), new CacheClock(clock::get)),
                new NoSharedTier(), settings);
        for (int id = 1; id <= 50; id++) {
            long trackId = id;
            timed.get(TRACK_BY_ID, CacheKey.of(id), () -> TestValues.track(trackId));
        }

        clock.set(Duration.ofSeconds(89).toNanos());
        assertThat(IntStream.rangeClosed(1, 50).filter(id -> timed.get(TRACK_BY_ID, CacheKey.of(id), () -> null) == null))
                .as("nothing expires before 90 %% of its time to live").isEmpty();
        clock.set(Duration.ofSeconds(111).toNanos());
        assertThat(IntStream.rangeClosed(1, 50).filter(id -> timed.get(TRACK_BY_ID, CacheKey.of(id), () -> null) != null))
                .as("everything expires by 110 %% of its time to live").isEmpty();
    }

    @Test
    void resultsStoredTogether_expireAtDifferentTimes() {
        CacheSettings settings = CacheSettings.defaults().withTtl("track.byId", Duration.ofSeconds(100));
        TieredQueryCache timed = new TieredQueryCache(new LocalTier(settings, new ValueCodec(), new CacheClock(clock::get)),
                new NoSharedTier(), settings);
        for (int id = 1; id <= 50; id++) {
            long trackId = id;
            timed.get(TRACK_BY_ID, CacheKey.of(id), () -> TestValues.track(trackId));
        }

        clock.set(Duration.ofSeconds(100).toNanos());
        long alive = IntStream.rangeClosed(1, 50)
                .filter(id -> timed.get(TRACK_BY_ID, CacheKey.of(id), () -> null) != null).count();

        assertThat(alive).isBetween(1L, 49L);
    }

    @Test
    void statistics_countPerTierAndPerNamedQuery() {
        cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        cache.get(TRACK_BY_ID, CacheKey.of(2), loading(TestValues.track(2)));
        cache.get(TRACKS_ALL, CacheKey.of(0, 20), () -> TestValues.trackIds(0, 20, 20));
        tier1.cleanUp();

        CacheStatistics stats = cache.statistics();

        assertThat(stats.tiers()).hasSize(1);
        TierStatistics tier = stats.tiers().get(0);
        assertThat(tier.tier()).isEqualTo("tier1");
        assertThat(tier.requests()).isEqualTo(5);
        assertThat(tier.hits()).isEqualTo(2);
        assertThat(tier.misses()).isEqualTo(3);
        assertThat(tier.hitRate()).isEqualTo(0.4);
        assertThat(tier.entries()).isEqualTo(3);
        ValueCodec codec = new ValueCodec();
        assertThat(tier.bytes()).isEqualTo(codec.forType(Track.class).encode(TestValues.track(1)).length
                + codec.forType(Track.class).encode(TestValues.track(2)).length
                + codec.forType(TRACKS_ALL.resultType()).encode(TestValues.trackIds(0, 20, 20)).length);
        QueryStatistics byId = queryStatistics("track.byId");
        assertThat(byId.requests()).isEqualTo(4);
        assertThat(byId.hits()).isEqualTo(2);
        assertThat(byId.misses()).isEqualTo(2);
        assertThat(byId.loads()).isEqualTo(2);
        assertThat(byId.hitRate()).isEqualTo(0.5);
        assertThat(byId.loadTimeNanos()).isPositive();
        assertThat(byId.tier1Hits()).isEqualTo(2);
        assertThat(byId.tier2Hits()).isZero();
        assertThat(byId.tier1().entries()).isEqualTo(2);
        assertThat(byId.tier1().bytes()).isEqualTo(codec.forType(Track.class).encode(TestValues.track(1)).length
                + codec.forType(Track.class).encode(TestValues.track(2)).length);
        QueryStatistics all = queryStatistics("tracks.all");
        assertThat(all.tier1().entries()).isEqualTo(1);
        assertThat(all.tier1().bytes()).isEqualTo(tier.bytes() - byId.tier1().bytes());
        assertThat(stats.queries()).extracting(QueryStatistics::query).containsExactly("track.byId", "tracks.all");
    }

    @Test
    void manyReadersAndWriters_neverReadDataOlderThanTheLastMutationThatReturned() throws Exception {
        StaleReadHarness harness = new StaleReadHarness();

        StaleReadHarness.Outcome outcome = harness.run(List.of(cache), 6, 2, 1500, count -> { });

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.staleReads()).as("stale reads, e.g. %s", outcome.examples()).isZero();
        assertThat(outcome.mutations()).isEqualTo(3000);
        assertThat(outcome.reads()).isGreaterThan(3000);
        assertThat(cache.statistics().tiers().get(0).hits()).as("the cache served hits").isPositive();
    }

    private CacheSource traced(Runnable work) {
        try (CacheTrace trace = cache.openTrace()) {
            work.run();
            return trace.source();
        }
    }

    @Test
    void aTrace_saysWhetherTheThreadsReadsWereHitsOrLoads() {
        CacheSource first = traced(() -> cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1))));
        CacheSource second = traced(() -> cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1))));
        CacheSource none = traced(() -> { });
        CacheSource mixed = traced(() -> cache.getAll(TRACK_BY_ID, List.of(CacheKey.of(1), CacheKey.of(2)),
                missing -> Map.of(CacheKey.of(2), TestValues.track(2))));

        assertThat(first).isEqualTo(CacheSource.MISS);
        assertThat(second).isEqualTo(CacheSource.TIER1);
        assertThat(second.hit()).isTrue();
        assertThat(none).isEqualTo(CacheSource.NONE);
        assertThat(mixed).as("the farthest read counts").isEqualTo(CacheSource.MISS);
    }

    @Test
    void aNestedTrace_reportsItsOwnReads_andPassesThemToTheOuterOne() {
        cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        AtomicReference<CacheSource> inner = new AtomicReference<>();

        CacheSource outer = traced(() -> {
            inner.set(traced(() -> cache.get(TRACK_BY_ID, CacheKey.of(2), loading(TestValues.track(2)))));
            cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        });

        assertThat(inner).hasValue(CacheSource.MISS);
        assertThat(outer).isEqualTo(CacheSource.MISS);
        assertThat(traced(() -> cache.get(TRACK_BY_ID, CacheKey.of(2), () -> null))).isEqualTo(CacheSource.TIER1);
    }

    @Test
    void readsOfOtherThreads_doNotCountInATrace() throws Exception {
        try (CacheTrace trace = cache.openTrace()) {
            CompletableFuture.runAsync(() -> cache.get(TRACK_BY_ID, CacheKey.of(9), loading(TestValues.track(9))))
                    .get(10, TimeUnit.SECONDS);
            assertThat(trace.source()).isEqualTo(CacheSource.NONE);
        }
    }

    @Test
    void theGuiceModule_bindsTheQueryCache_underExplicitBindingsOnly() {
        QueryCache bound = Guice.createInjector(new com.google.inject.AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().disableCircularProxies();
                install(new LocalCacheModule());
            }
        }).getInstance(QueryCache.class);

        assertThat(bound.get(TRACK_BY_ID, CacheKey.of(1), () -> TestValues.track(1))).isEqualTo(TestValues.track(1));
        assertThat(bound.get(TRACK_BY_ID, CacheKey.of(1), () -> null)).isEqualTo(TestValues.track(1));
    }

    private QueryStatistics queryStatistics(String name) {
        return cache.statistics().queries().stream().filter(query -> query.query().equals(name)).findFirst()
                .orElse(new QueryStatistics(name, 0, 0, 0, 0, 0));
    }

    private TierStatistics tier1Statistics() {
        return cache.statistics().tiers().get(0);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
