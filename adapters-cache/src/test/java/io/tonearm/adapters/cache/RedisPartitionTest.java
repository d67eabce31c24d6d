package io.tonearm.adapters.cache;

import static io.tonearm.adapters.cache.TestValues.TRACKS_FAVORITES;
import static io.tonearm.adapters.cache.TestValues.TRACK_BY_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.Page;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.port.CacheSource;
import io.tonearm.domain.port.CacheTrace;
import io.tonearm.domain.port.NamedQuery;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * Partitions of a named query in both tiers against the real Redis, on two nodes sharing it: a partition's
 * invalidation is one increment in Redis and reaches the other node's tier 1 before it returns, and touches no
 * other partition.
 */
class RedisPartitionTest {
    private static final CachePartition ALICE = CachePartition.of("user-1");
    private static final CachePartition BOB = CachePartition.of("user-2");
    private static final CacheKey FIRST_PAGE = CacheKey.of(0, 10);
    private static final NamedQuery<Page<TrackId>> ALICES_FAVORITES = TRACKS_FAVORITES.in(ALICE);
    private static final NamedQuery<Page<TrackId>> BOBS_FAVORITES = TRACKS_FAVORITES.in(BOB);

    private final URI server = RedisTestSupport.sharedServer();
    private final String prefix = RedisTestSupport.uniquePrefix();
    private final List<CacheNode> nodes = new ArrayList<>();

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

    private static Supplier<Page<TrackId>> page(long total) {
        return () -> TestValues.trackIds(0, 10, total);
    }

    private static <T> CacheSource source(CacheNode node, NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
        try (CacheTrace trace = node.cache.openTrace()) {
            node.cache.get(query, key, loader);
            return trace.source();
        }
    }

    @Test
    void aResultLoadedInAPartitionOnOneNode_isATier2HitInThatPartitionOnAnother_andInNoOtherPartition() {
        CacheNode a = node();
        CacheNode b = node();
        a.cache.get(ALICES_FAVORITES, FIRST_PAGE, page(1));

        assertThat(source(b, ALICES_FAVORITES, FIRST_PAGE, TestValues.mustNotLoad())).isEqualTo(CacheSource.TIER2);
        assertThat(b.cache.get(BOBS_FAVORITES, FIRST_PAGE, page(2)).total()).isEqualTo(2);
        assertThat(b.cache.get(TRACKS_FAVORITES, FIRST_PAGE, page(3)).total()).isEqualTo(3);
        assertThat(source(a, BOBS_FAVORITES, FIRST_PAGE, TestValues.mustNotLoad())).isEqualTo(CacheSource.TIER2);
        assertThat(a.cache.get(BOBS_FAVORITES, FIRST_PAGE, TestValues.mustNotLoad()).total()).isEqualTo(2);
    }

    @Test
    void invalidatingAPartition_isOneIncrementInRedis_thatDeletesNothing() {
        CacheNode a = node();
        a.cache.get(ALICES_FAVORITES, FIRST_PAGE, page(1));
        a.cache.get(BOBS_FAVORITES, FIRST_PAGE, page(2));
        try (Jedis jedis = RedisTestSupport.connect(server)) {
            List<String> before = RedisTestSupport.keys(jedis, prefix);
            String space = before.get(0).substring(prefix.length()).replaceAll(":.*", "");
            String generation = prefix + space + ":g:tracks.favorites@user-1";
            String previous = jedis.get(generation);

            a.cache.invalidateQueries(List.of(TRACKS_FAVORITES.name()), ALICE);

            // no result was deleted or even looked at: the one change is the partition's generation counter
            List<String> after = new ArrayList<>(before);
            if (previous == null) {
                after.add(generation);
            }
            assertThat(RedisTestSupport.keys(jedis, prefix)).containsExactlyInAnyOrderElementsOf(after);
            assertThat(Long.parseLong(jedis.get(generation))).isEqualTo(previous == null ? 1 : Long.parseLong(previous) + 1);
        }
    }

    @Test
    void aPartitionInvalidatedOnOneNode_isReloadedOnTheOther_whenItReturns_whileOtherPartitionsStayInItsTier1() {
        CacheNode a = node();
        CacheNode b = node();
        for (int round = 1; round <= 50; round++) {
            long total = round;
            b.cache.get(ALICES_FAVORITES, FIRST_PAGE, page(total));
            b.cache.get(BOBS_FAVORITES, FIRST_PAGE, page(1000));
            b.cache.get(TRACKS_FAVORITES, FIRST_PAGE, page(2000));

            a.cache.invalidateQueries(List.of(TRACKS_FAVORITES.name()), ALICE);

            assertThat(b.cache.get(ALICES_FAVORITES, FIRST_PAGE, page(total + 1)).total()).isEqualTo(total + 1);
            assertThat(source(b, BOBS_FAVORITES, FIRST_PAGE, TestValues.mustNotLoad())).isEqualTo(CacheSource.TIER1);
            assertThat(source(b, TRACKS_FAVORITES, FIRST_PAGE, TestValues.mustNotLoad())).isEqualTo(CacheSource.TIER1);
        }
        assertThat(a.tier2.unacknowledgedInvalidations()).isZero();
    }

    @Test
    void anEntryRefreshedInAPartitionOnOneNode_isFreshOnTheOther_andTheSameEntryOfAnotherPartitionStays() {
        CacheNode a = node();
        CacheNode b = node();
        NamedQuery<Track> alices = TRACK_BY_ID.in(ALICE);
        NamedQuery<Track> bobs = TRACK_BY_ID.in(BOB);
        a.cache.get(alices, CacheKey.of(1), () -> TestValues.track(1));
        a.cache.get(bobs, CacheKey.of(1), () -> TestValues.track(1));
        b.cache.get(alices, CacheKey.of(1), TestValues.mustNotLoad());
        b.cache.get(bobs, CacheKey.of(1), TestValues.mustNotLoad());
        Track starred = TestValues.track(1).withFavorite(true);

        a.cache.refresh(alices, CacheKey.of(1), () -> starred);

        assertThat(source(b, alices, CacheKey.of(1), TestValues.mustNotLoad())).isEqualTo(CacheSource.TIER2);
        assertThat(b.cache.get(alices, CacheKey.of(1), TestValues.mustNotLoad())).isEqualTo(starred);
        assertThat(source(b, bobs, CacheKey.of(1), TestValues.mustNotLoad())).isEqualTo(CacheSource.TIER1);
        assertThat(b.cache.get(bobs, CacheKey.of(1), TestValues.mustNotLoad())).isEqualTo(TestValues.track(1));

        a.cache.invalidate(bobs, CacheKey.of(1));

        assertThat(b.cache.get(bobs, CacheKey.of(1), () -> null)).as("dropped in both tiers").isNull();
        assertThat(b.cache.get(alices, CacheKey.of(1), TestValues.mustNotLoad())).isEqualTo(starred);
    }

    @Test
    void invalidatingTheQueryOnOneNode_dropsEveryPartitionOnTheOther_andInTier2() {
        CacheNode a = node();
        CacheNode b = node();
        b.cache.get(ALICES_FAVORITES, FIRST_PAGE, page(1));
        b.cache.get(BOBS_FAVORITES, FIRST_PAGE, page(2));

        a.cache.invalidateQueries(List.of(TRACKS_FAVORITES.name()));

        assertThat(b.cache.get(ALICES_FAVORITES, FIRST_PAGE, () -> null)).isNull();
        assertThat(b.cache.get(BOBS_FAVORITES, FIRST_PAGE, () -> null)).isNull();
        CacheNode c = node();
        assertThat(c.cache.get(BOBS_FAVORITES, FIRST_PAGE, () -> null)).as("nothing left in tier 2").isNull();
    }

    @Test
    void aPartitionInvalidatedWhileANodeMissedTheMessage_isCaughtByItsGenerationCheck() {
        CacheNode node = node();
        node.cache.get(ALICES_FAVORITES, FIRST_PAGE, page(1));
        node.cache.get(BOBS_FAVORITES, FIRST_PAGE, page(1000));
        try (Jedis jedis = RedisTestSupport.connect(server)) {
            String space = RedisTestSupport.keys(jedis, prefix).get(0).substring(prefix.length()).replaceAll(":.*", "");
            // as if another node raised it and its message was lost
            jedis.incr(prefix + space + ":g:tracks.favorites@user-1");
        }

        RedisTestSupport.awaitTrue("the node re-read the partition's generation", java.time.Duration.ofSeconds(20),
                () -> node.cache.get(ALICES_FAVORITES, FIRST_PAGE, page(2)).total() == 2);
        assertThat(node.cache.get(BOBS_FAVORITES, FIRST_PAGE, TestValues.mustNotLoad()).total()).isEqualTo(1000);
    }
}
