package io.tonearm.adapters.cache;

import static io.tonearm.adapters.cache.TestValues.ALBUMS_ALL;
import static io.tonearm.adapters.cache.TestValues.TRACKS_ALL;
import static io.tonearm.adapters.cache.TestValues.TRACK_BY_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import io.tonearm.domain.Page;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CacheSource;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.StoredResults;
import io.tonearm.domain.port.TierStatistics;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.BinaryJedisPubSub;
import redis.clients.jedis.Jedis;

/** Both tiers against the real Redis (127.0.0.1:6379, or an embedded one), each test with its own key prefix. */
class RedisQueryCacheTest {
    private final URI server = RedisTestSupport.sharedServer();
    private final String prefix = RedisTestSupport.uniquePrefix();
    private final List<CacheNode> nodes = new ArrayList<>();
    private final AtomicInteger loads = new AtomicInteger();

    @AfterEach
    void closeNodesAndDeleteKeys() {
        nodes.forEach(CacheNode::close);
        RedisTestSupport.deleteKeys(server, prefix);
    }

    private CacheNode node() {
        CacheNode node = CacheNode.start(CacheNode.patientSettings(server, prefix)).awaitInStep();
        nodes.add(node);
        return node;
    }

    private <T> Supplier<T> loading(T value) {
        return () -> {
            loads.incrementAndGet();
            return value;
        };
    }

    private static CacheSource traced(CacheNode node, Runnable work) {
        try (io.tonearm.domain.port.CacheTrace trace = node.cache.openTrace()) {
            work.run();
            return trace.source();
        }
    }

    @Test
    void aResultLoadedOnOneNode_isATier2HitOnAnother_thatRefillsItsTier1() {
        CacheNode a = node();
        CacheNode b = node();

        a.cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        Track fromTier2 = b.cache.get(TRACK_BY_ID, CacheKey.of(1), TestValues.mustNotLoad());
        Track fromTier1 = b.cache.get(TRACK_BY_ID, CacheKey.of(1), TestValues.mustNotLoad());

        assertThat(fromTier2).isEqualTo(fromTier1).isEqualTo(TestValues.track(1));
        assertThat(loads).hasValue(1);
        assertThat(b.tier("tier2").hits()).isEqualTo(1);
        assertThat(b.tier("tier1").hits()).isEqualTo(1);
        assertThat(b.tier("tier1").misses()).isEqualTo(1);
    }

    @Test
    void aTrace_tellsATier2HitFromATier1HitAndALoad() {
        CacheNode a = node();
        CacheNode b = node();

        CacheSource loaded = traced(a, () -> a.cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1))));
        CacheSource fromTier2 = traced(b, () -> b.cache.get(TRACK_BY_ID, CacheKey.of(1), TestValues.mustNotLoad()));
        CacheSource fromTier1 = traced(b, () -> b.cache.get(TRACK_BY_ID, CacheKey.of(1), TestValues.mustNotLoad()));

        assertThat(List.of(loaded, fromTier2, fromTier1))
                .containsExactly(CacheSource.MISS, CacheSource.TIER2, CacheSource.TIER1);
    }

    @Test
    void everyStoredResult_hasATimeToLiveInRedis_andOnlyTinyBookkeepingKeysLiveWithoutOne() {
        CacheNode node = node();
        for (int id = 1; id <= 20; id++) {
            node.cache.get(TRACK_BY_ID, CacheKey.of(id), loading(TestValues.track(id)));
        }
        node.cache.get(TRACKS_ALL, CacheKey.of(0, 20), loading(TestValues.trackIds(0, 20, 20)));
        node.cache.invalidate(TRACK_BY_ID, CacheKey.of(3));
        node.cache.invalidateQueries(List.of(TRACKS_ALL.name()));

        try (Jedis jedis = RedisTestSupport.connect(server)) {
            List<String> keys = RedisTestSupport.keys(jedis, prefix);
            List<String> results = keys.stream().filter(key -> key.contains(":e:")).toList();
            assertThat(results).hasSize(20); // 19 tracks left + the page
            for (String key : keys) {
                long ttl = jedis.pttl(key);
                if (key.contains(":e:") || key.contains(":v:")) {
                    assertThat(ttl).as("TTL of %s", key).isPositive();
                } else {
                    assertThat(key).matches(".*:(g:[a-z.]+|queries|bytes)");
                }
            }
            long trackTtl = jedis.pttl(results.stream().filter(key -> key.endsWith("track.byId:5")).findFirst().orElseThrow());
            assertThat(trackTtl).isBetween(Duration.ofMinutes(9).toMillis(), Duration.ofMinutes(11).toMillis());
        }
    }

    @Test
    void invalidatingANamedQuery_isOneIncrement_thatDeletesNothing_andEveryResultOfItIsReloaded() {
        CacheNode a = node();
        CacheNode b = node();
        for (int offset = 0; offset < 200; offset += 10) {
            int from = offset;
            a.cache.get(TRACKS_ALL, CacheKey.of(offset, 10), loading(TestValues.trackIds(from, 10, 200)));
        }
        try (Jedis jedis = RedisTestSupport.connect(server)) {
            List<String> before = RedisTestSupport.keys(jedis, prefix);
            String space = before.get(0).substring(prefix.length()).replaceAll(":.*", "");
            String generation = prefix + space + ":g:tracks.all";

            b.cache.invalidateQueries(List.of(TRACKS_ALL.name()));

            // no result was deleted or even looked at: the one change is the generation counter, 0 (absent) to 1
            List<String> after = new ArrayList<>(before);
            after.add(generation);
            assertThat(RedisTestSupport.keys(jedis, prefix)).containsExactlyInAnyOrderElementsOf(after);
            assertThat(jedis.get(generation)).isEqualTo("1");
        }
        AtomicInteger reloaded = new AtomicInteger();
        for (int offset = 0; offset < 200; offset += 10) {
            int from = offset;
            Page<TrackId> page = a.cache.get(TRACKS_ALL, CacheKey.of(offset, 10), () -> {
                reloaded.incrementAndGet();
                return TestValues.trackIds(from, 10, 201);
            });
            assertThat(page.total()).isEqualTo(201);
        }
        assertThat(reloaded).hasValue(20);
    }

    @Test
    void anEntryInvalidation_deletesTheEntryInRedis_andLeavesTheOthers() {
        CacheNode node = node();
        node.cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        node.cache.get(TRACK_BY_ID, CacheKey.of(2), loading(TestValues.track(2)));

        node.cache.invalidate(TRACK_BY_ID, CacheKey.of(1));

        try (Jedis jedis = RedisTestSupport.connect(server)) {
            List<String> results = RedisTestSupport.keys(jedis, prefix).stream().filter(key -> key.contains(":e:")).toList();
            assertThat(results).hasSize(1).allMatch(key -> key.endsWith(":track.byId:2"));
        }
        CacheNode other = node();
        assertThat(other.cache.get(TRACK_BY_ID, CacheKey.of(2), TestValues.mustNotLoad())).isEqualTo(TestValues.track(2));
    }

    @Test
    void unreadableBytesInRedis_areAMiss_andAreReplaced() {
        CacheNode writer = node();
        writer.cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        String key;
        try (Jedis jedis = RedisTestSupport.connect(server)) {
            key = RedisTestSupport.keys(jedis, prefix).stream().filter(name -> name.endsWith(":track.byId:1"))
                    .findFirst().orElseThrow();
            long ttl = jedis.pttl(key);
            jedis.psetex(key, ttl, "\u0007 not a cached value");
        }

        CacheNode reader = node();
        Track read = reader.cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));

        assertThat(read).isEqualTo(TestValues.track(1));
        assertThat(loads).hasValue(2);
        try (Jedis jedis = RedisTestSupport.connect(server)) {
            byte[] replaced = jedis.get(key.getBytes(StandardCharsets.UTF_8));
            assertThat(new ValueCodec().forType(Track.class).decode(replaced)).isEqualTo(TestValues.track(1));
        }
    }

    @Test
    void getAll_readsTier2ForEveryMissingKey_andLoadsOnlyWhatNoTierHas() {
        CacheNode a = node();
        CacheNode b = node();
        a.cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        a.cache.get(TRACK_BY_ID, CacheKey.of(2), loading(TestValues.track(2)));
        List<java.util.Set<CacheKey>> calls = new ArrayList<>();

        Map<CacheKey, Track> found = b.cache.getAll(TRACK_BY_ID, List.of(CacheKey.of(1), CacheKey.of(2), CacheKey.of(3)),
                missing -> {
                    calls.add(java.util.Set.copyOf(missing));
                    return missing.stream().collect(Collectors.toMap(key -> key,
                            key -> TestValues.track(Long.parseLong(key.value()))));
                });

        assertThat(found).hasSize(3);
        assertThat(calls).containsExactly(java.util.Set.of(CacheKey.of(3)));
        assertThat(b.tier("tier2").hits()).isEqualTo(2);
        CacheNode c = node();
        assertThat(c.cache.getAll(TRACK_BY_ID, List.of(CacheKey.of(1), CacheKey.of(2), CacheKey.of(3)), missing -> {
            throw new AssertionError("all three are in tier 2: " + missing);
        })).hasSize(3);
    }

    @Test
    void aBulkReadRememberedOnOneNode_isNotServedAfterAnotherNodeChangedOneOfItsEntries() {
        CacheNode a = node();
        CacheNode b = node();
        List<CacheKey> keys = List.of(CacheKey.of(1), CacheKey.of(2), CacheKey.of(3));
        for (long id = 1; id <= 3; id++) {
            b.cache.get(TRACK_BY_ID, CacheKey.of(id), loading(TestValues.track(id)));
        }
        Map<CacheKey, Track> first = b.cache.getAll(TRACK_BY_ID, keys, TestValues.mustNotLoadAll());
        assertThat(b.cache.getAll(TRACK_BY_ID, keys, TestValues.mustNotLoadAll())).as("remembered").isSameAs(first);

        a.cache.invalidate(TRACK_BY_ID, CacheKey.of(2)); // returns once every other node applied it
        List<java.util.Set<CacheKey>> calls = new ArrayList<>();
        Map<CacheKey, Track> after = b.cache.getAll(TRACK_BY_ID, keys, missing -> {
            calls.add(java.util.Set.copyOf(missing));
            return Map.of(CacheKey.of(2), TestValues.track(2).withFavorite(true));
        });

        assertThat(calls).containsExactly(java.util.Set.of(CacheKey.of(2)));
        assertThat(after.get(CacheKey.of(2)).favorite()).isTrue();
        assertThat(after.get(CacheKey.of(1))).isEqualTo(TestValues.track(1));
    }

    @Test
    void tier2Statistics_countTheStoredBytesAndEntries_withoutScanningRedis() {
        CacheNode node = node();
        ValueCodec codec = new ValueCodec();
        long expected = 0;
        for (int id = 1; id <= 10; id++) {
            node.cache.get(TRACK_BY_ID, CacheKey.of(id), loading(TestValues.track(id)));
            expected += codec.forType(Track.class).encode(TestValues.track(id)).length;
        }
        node.cache.get(ALBUMS_ALL, CacheKey.of(0, 5), loading(TestValues.albums(5)));
        expected += codec.forType(ALBUMS_ALL.resultType()).encode(TestValues.albums(5)).length;

        TierStatistics tier2 = node.tier("tier2");
        assertThat(tier2.bytes()).isEqualTo(expected);
        assertThat(tier2.entries()).isEqualTo(11);
        assertThat(tier2.available()).isTrue();
        assertThat(tier2.status()).isEqualTo("up");

        long albums = codec.forType(ALBUMS_ALL.resultType()).encode(TestValues.albums(5)).length;
        assertThat(stored(node, "track.byId")).isEqualTo(new StoredResults(10, expected - albums, 0));
        assertThat(stored(node, "albums.all")).isEqualTo(new StoredResults(1, albums, 0));

        node.cache.invalidate(TRACK_BY_ID, CacheKey.of(1));
        long one = codec.forType(Track.class).encode(TestValues.track(1)).length;
        assertThat(node.tier("tier2").bytes()).isEqualTo(expected - one);
        assertThat(node.tier("tier2").entries()).isEqualTo(10);
        assertThat(stored(node, "track.byId")).isEqualTo(new StoredResults(9, expected - albums - one, 0));
        assertThat(stored(node, "albums.all")).isEqualTo(new StoredResults(1, albums, 0));
    }

    @Test
    void tier2EntriesWhoseTimeIsUp_countAsEvictions_inTheTierAndForTheirQuery_once() {
        CacheNode node = node();
        node.cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        TierStatistics before = node.tier("tier2");
        try (Jedis jedis = RedisTestSupport.connect(server)) {
            String accounting = RedisTestSupport.keys(jedis, prefix).stream().filter(name -> name.endsWith(":bytes"))
                    .findFirst().orElseThrow();
            // three entries of 100 bytes each that expired in the first ten seconds of 1970
            jedis.hincrBy(accounting, "n0", 3);
            jedis.hincrBy(accounting, "b0", 300);
            jedis.hincrBy(accounting, "q:track.byId:n0", 3);
            jedis.hincrBy(accounting, "q:track.byId:b0", 300);
        }

        TierStatistics after = node.tier("tier2");
        TierStatistics again = node.tier("tier2");

        assertThat(after.evictions()).isEqualTo(before.evictions() + 3);
        assertThat(after.bytes()).isEqualTo(before.bytes());
        assertThat(after.entries()).isEqualTo(before.entries());
        assertThat(again.evictions()).as("counted once").isEqualTo(after.evictions());
        assertThat(stored(node, "track.byId").evictions()).isEqualTo(3);
        assertThat(stored(node, "track.byId").entries()).isEqualTo(1);
    }

    /** @return what tier 2 holds of the named query, as the node's statistics say */
    private static StoredResults stored(CacheNode node, String query) {
        return node.cache.statistics().queries().stream().filter(statistics -> statistics.query().equals(query))
                .findFirst().orElseThrow().tier2();
    }

    @Test
    void anInvalidationOnOneNode_hasReachedTheOtherNodesTier1_whenItReturns() {
        CacheNode a = node();
        CacheNode b = node();
        AtomicReference<Track> database = new AtomicReference<>(TestValues.track(1));
        AtomicReference<Page<TrackId>> list = new AtomicReference<>(TestValues.trackIds(0, 10, 10));

        for (int round = 0; round < 200; round++) {
            // both nodes hold the current values in tier 1
            a.cache.get(TRACK_BY_ID, CacheKey.of(1), database::get);
            b.cache.get(TRACK_BY_ID, CacheKey.of(1), database::get);
            a.cache.get(TRACKS_ALL, CacheKey.of(0, 10), list::get);
            b.cache.get(TRACKS_ALL, CacheKey.of(0, 10), list::get);

            Track changed = database.get().withFavorite(!database.get().favorite());
            database.set(changed);
            list.set(TestValues.trackIds(0, 10, 10 + round + 1));
            CacheNode writer = round % 2 == 0 ? a : b;
            CacheNode reader = round % 2 == 0 ? b : a;
            writer.cache.invalidate(TRACK_BY_ID, CacheKey.of(1));
            writer.cache.invalidateQueries(List.of(TRACKS_ALL.name()));

            assertThat(reader.cache.get(TRACK_BY_ID, CacheKey.of(1), database::get)).isEqualTo(changed);
            assertThat(reader.cache.get(TRACKS_ALL, CacheKey.of(0, 10), list::get).total()).isEqualTo(10 + round + 1);
        }
        assertThat(a.tier2.unacknowledgedInvalidations() + b.tier2.unacknowledgedInvalidations()).isZero();
    }

    @Test
    void aRefreshOnOneNode_dropsTheOtherNodesCopy_whichThenReadsTheFreshResultFromTier2_withoutLoading() {
        CacheNode a = node();
        CacheNode b = node();
        a.cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        b.cache.get(TRACK_BY_ID, CacheKey.of(1), TestValues.mustNotLoad());
        Track favorite = TestValues.track(1).withFavorite(true);

        a.cache.refresh(TRACK_BY_ID, CacheKey.of(1), loading(favorite));

        assertThat(loads).hasValue(2);
        assertThat(traced(b, () -> assertThat(b.cache.get(TRACK_BY_ID, CacheKey.of(1), TestValues.mustNotLoad()))
                .isEqualTo(favorite))).isEqualTo(CacheSource.TIER2);
        assertThat(traced(a, () -> assertThat(a.cache.get(TRACK_BY_ID, CacheKey.of(1), TestValues.mustNotLoad()))
                .isEqualTo(favorite))).isEqualTo(CacheSource.TIER1);
        assertThat(a.tier2.unacknowledgedInvalidations()).isZero();
    }

    @Test
    void invalidatingEverythingOnOneNode_dropsEveryQueryOnTheOther_evenOnesItNeverRead() {
        CacheNode a = node();
        CacheNode b = node();
        b.cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)));
        b.cache.get(ALBUMS_ALL, CacheKey.of(0, 5), loading(TestValues.albums(5)));

        a.cache.invalidateAll();

        assertThat(b.cache.get(TRACK_BY_ID, CacheKey.of(1), () -> null)).isNull();
        assertThat(b.cache.get(ALBUMS_ALL, CacheKey.of(0, 5), () -> null)).isNull();
        CacheNode c = node();
        assertThat(c.cache.get(TRACK_BY_ID, CacheKey.of(1), () -> null)).as("nothing left in tier 2").isNull();
    }

    @Test
    void onlyRealInvalidationsAreBroadcast_neverCacheFills() throws Exception {
        CacheNode a = node();
        CacheNode b = node();
        List<String> messages = new CopyOnWriteArrayList<>();
        BinaryJedisPubSub listener = new BinaryJedisPubSub() {
            @Override
            public void onMessage(byte[] channel, byte[] message) {
                messages.add(new String(message, StandardCharsets.UTF_8));
            }
        };
        Thread listening = new Thread(() -> {
            try (Jedis jedis = RedisTestSupport.connect(server)) {
                jedis.subscribe(listener, (prefix + "invalidations").getBytes(StandardCharsets.UTF_8));
            }
        });
        listening.start();
        RedisTestSupport.awaitTrue("the test listens", Duration.ofSeconds(10), listener::isSubscribed);

        for (int id = 1; id <= 50; id++) {
            a.cache.get(TRACK_BY_ID, CacheKey.of(id), loading(TestValues.track(id)));
            b.cache.get(TRACK_BY_ID, CacheKey.of(id), loading(TestValues.track(id)));
            b.cache.get(TRACKS_ALL, CacheKey.of(id, 10), loading(TestValues.trackIds(id, 10, 100)));
        }
        a.cache.invalidate(TRACK_BY_ID, CacheKey.of(7));
        b.cache.invalidateQueries(List.of(TRACKS_ALL.name()));
        // the listener hears messages in order: once the second is in, nothing else came before it
        RedisTestSupport.awaitTrue("two messages arrived", Duration.ofSeconds(10), () -> messages.size() >= 2);
        listener.unsubscribe();
        listening.join();

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).contains("\nE\ntrack.byId\n7");
        assertThat(messages.get(1)).contains("\nQ\ntracks.all\n1");
    }

    @Test
    void manyReadersAndWritersOnOneNode_withBothTiers_neverReadDataOlderThanTheLastMutationThatReturned()
            throws Exception {
        CacheNode node = node();
        StaleReadHarness harness = new StaleReadHarness();

        StaleReadHarness.Outcome outcome = harness.run(List.of(node.cache), 5, 2, 500, count -> { });

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.staleReads()).as("stale reads, e.g. %s", outcome.examples()).isZero();
        assertThat(node.tier("tier2").requests()).as("tier 2 was used").isPositive();
    }

    @Test
    void manyReadersAndWritersOnTwoNodesSharingRedis_neverReadDataOlderThanTheLastMutationThatReturned()
            throws Exception {
        CacheNode a = node();
        CacheNode b = node();
        StaleReadHarness harness = new StaleReadHarness();

        StaleReadHarness.Outcome outcome = harness.run(List.of(a.cache, b.cache), 3, 1, 500, count -> { });

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.staleReads()).as("stale reads, e.g. %s", outcome.examples()).isZero();
        assertThat(a.tier("tier2").hits() + b.tier("tier2").hits()).as("tier 2 served hits").isPositive();
        assertThat(a.tier("tier1").hits() + b.tier("tier1").hits()).as("tier 1 served hits").isPositive();
    }

    @Test
    void whileSubscribed_pongsKeepConfirmingTheNode_soItsTier1StaysTrustedPastTheStalenessBound() {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
        CacheNode node = CacheNode.start(CacheNode.patientSettings(server, prefix), CacheSettings.defaults(), now::get)
                .awaitInStep();
        nodes.add(node);
        long loadedAt = now.get();

        now.addAndGet(Duration.ofSeconds(10).toNanos());

        // only a pong for a ping sent at the new time can make a result that old trusted again
        RedisTestSupport.awaitTrue("a pong confirmed the node", Duration.ofSeconds(10),
                () -> node.tier2.trusts(loadedAt, now.get()));
    }

    @Test
    void theGuiceModule_bindsTheLayeredCache_withoutConnectingAtConfiguration() throws Exception {
        QueryCache cache = Guice.createInjector(new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().disableCircularProxies();
                install(new RedisCacheModule(CacheSettings.defaults(), CacheNode.patientSettings(server, prefix)));
            }
        }).getInstance(QueryCache.class);
        try {
            assertThat(cache.get(TRACK_BY_ID, CacheKey.of(1), loading(TestValues.track(1)))).isEqualTo(TestValues.track(1));
            assertThat(cache.statistics().tiers()).extracting(TierStatistics::tier).containsExactly("tier1", "tier2");
        } finally {
            ((AutoCloseable) cache).close();
        }
    }
}
