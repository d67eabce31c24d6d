package io.tonearm.adapters.cache;

import static io.tonearm.adapters.cache.TestValues.ALBUMS_ALL;
import static io.tonearm.adapters.cache.TestValues.TRACKS_ALL;
import static io.tonearm.adapters.cache.TestValues.TRACKS_FAVORITES;
import static io.tonearm.adapters.cache.TestValues.TRACK_BY_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.Page;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.CacheInvalidation.PartitionDrop;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.port.CacheSource;
import io.tonearm.domain.port.CacheTrace;
import io.tonearm.domain.port.NamedQuery;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Dropping another process's change from this process's own tier (read from the change log): in tier 1 alone,
 * what it names and nothing else; over Redis, nothing in the shared tier and nothing on the other node.
 */
class LocalInvalidationTest {
    private static final CachePartition ALICE = CachePartition.of("user-1");
    private static final CacheKey FIRST_PAGE = CacheKey.of(0, 10);
    private static final CacheKey TRACK_1 = CacheKey.of(1L);

    private final AtomicLong clock = new AtomicLong();
    private final LocalTier tier1 = new LocalTier(CacheSettings.defaults(), new ValueCodec(), new CacheClock(clock::get));
    private final TieredQueryCache cache = new TieredQueryCache(tier1, new NoSharedTier(), CacheSettings.defaults());
    private final URI server = RedisTestSupport.sharedServer();
    private final String prefix = RedisTestSupport.uniquePrefix();
    private final List<CacheNode> nodes = new ArrayList<>();

    @AfterEach
    void closeNodesAndDeleteKeys() {
        nodes.forEach(CacheNode::close);
        RedisTestSupport.deleteKeys(server, prefix);
    }

    private static Supplier<Page<TrackId>> page(long total) {
        return () -> TestValues.trackIds(0, 10, total);
    }

    private void readAll(TieredQueryCache on) {
        on.get(TRACKS_ALL, FIRST_PAGE, page(1));
        on.get(ALBUMS_ALL, FIRST_PAGE, () -> TestValues.albums(2));
        on.get(TRACKS_FAVORITES.in(ALICE), FIRST_PAGE, page(3));
        on.get(TRACK_BY_ID, TRACK_1, () -> TestValues.track(1));
        on.get(TRACK_BY_ID, CacheKey.of(2L), () -> TestValues.track(2));
    }

    private static <T> boolean cached(TieredQueryCache on, NamedQuery<T> query, CacheKey key) {
        try (CacheTrace trace = on.openTrace()) {
            on.get(query, key, () -> null);
            return trace.source() != CacheSource.MISS;
        }
    }

    @Test
    void queriesPartitionsAndEntries_areDropped_andNothingElse() {
        readAll(cache);

        cache.invalidateLocally(new CacheInvalidation(false, Set.of(TRACKS_ALL.name()),
                Set.of(new PartitionDrop(TRACKS_FAVORITES.name(), ALICE)),
                Set.of(new EntryDrop(TRACK_BY_ID.name(), TRACK_1))));

        assertThat(cache.get(TRACKS_ALL, FIRST_PAGE, page(11)).total()).as("reloaded").isEqualTo(11);
        assertThat(cache.get(TRACKS_FAVORITES.in(ALICE), FIRST_PAGE, page(13)).total()).isEqualTo(13);
        assertThat(cache.get(TRACK_BY_ID, TRACK_1, () -> null)).as("dropped").isNull();
        assertThat(cache.get(ALBUMS_ALL, FIRST_PAGE, TestValues.mustNotLoad()).items()).hasSize(2);
        assertThat(cache.get(TRACK_BY_ID, CacheKey.of(2L), TestValues.mustNotLoad())).isNotNull();
    }

    @Test
    void anEntryOfOnePartition_isDroppedThere_andTheSameKeyElsewhereStays() {
        CachePartition bob = CachePartition.of("user-2");
        cache.get(TRACK_BY_ID.in(ALICE), TRACK_1, () -> TestValues.track(1));
        cache.get(TRACK_BY_ID.in(bob), TRACK_1, () -> TestValues.track(1));
        cache.get(TRACK_BY_ID, TRACK_1, () -> TestValues.track(1));

        cache.invalidateLocally(new CacheInvalidation(false, Set.of(), Set.of(),
                Set.of(new EntryDrop(TRACK_BY_ID.name(), ALICE, TRACK_1))));

        assertThat(cached(cache, TRACK_BY_ID.in(ALICE), TRACK_1)).as("dropped in alice's partition").isFalse();
        assertThat(cached(cache, TRACK_BY_ID.in(bob), TRACK_1)).as("bob's kept").isTrue();
        assertThat(cached(cache, TRACK_BY_ID, TRACK_1)).as("the unpartitioned result kept").isTrue();
    }

    @Test
    void everything_dropsEveryResult() {
        readAll(cache);

        cache.invalidateLocally(CacheInvalidation.EVERYTHING);

        assertThat(cached(cache, ALBUMS_ALL, FIRST_PAGE)).isFalse();
        assertThat(cached(cache, TRACK_BY_ID, CacheKey.of(2L))).isFalse();
        assertThat(cached(cache, TRACKS_FAVORITES.in(ALICE), FIRST_PAGE)).isFalse();
    }

    @Test
    void aDistrustedOwnTier_answersNothing_isReportedUnavailableWithTheReason_andServesAgainOnceTrusted() {
        readAll(cache);

        cache.distrustOwnTier("the change log could not be read since 12:00");

        assertThat(cached(cache, ALBUMS_ALL, FIRST_PAGE)).as("skipped").isFalse();
        assertThat(cache.get(TRACKS_ALL, FIRST_PAGE, page(21)).total()).as("loaded").isEqualTo(21);
        assertThat(cache.statistics().tiers().get(0)).satisfies(tier -> {
            assertThat(tier.available()).isFalse();
            assertThat(tier.status()).isEqualTo("the change log could not be read since 12:00");
        });

        cache.trustOwnTier();

        assertThat(cache.get(TRACKS_ALL, FIRST_PAGE, TestValues.mustNotLoad()).total())
                .as("what was loaded meanwhile is kept").isEqualTo(21);
        assertThat(cache.statistics().tiers().get(0).available()).isTrue();
        assertThat(cache.statistics().tiers().get(0).status()).isEqualTo("up");
    }

    @Test
    void overRedis_onlyThisNodesTier1IsDropped_theSharedTierAndTheOtherNodeKeepTheirs() {
        CacheNode a = node();
        CacheNode b = node();
        readAll(a.cache);
        readAll(b.cache);

        b.cache.invalidateLocally(new CacheInvalidation(false, Set.of(TRACKS_ALL.name()), Set.of(),
                Set.of(new EntryDrop(TRACK_BY_ID.name(), TRACK_1))));

        try (CacheTrace trace = b.cache.openTrace()) {
            assertThat(b.cache.get(TRACK_BY_ID, TRACK_1, TestValues.mustNotLoad())).isNotNull();
            assertThat(trace.source()).as("refilled from the shared tier").isEqualTo(CacheSource.TIER2);
        }
        try (CacheTrace trace = a.cache.openTrace()) {
            assertThat(a.cache.get(TRACKS_ALL, FIRST_PAGE, TestValues.mustNotLoad()).total()).isEqualTo(1);
            assertThat(a.cache.get(TRACK_BY_ID, TRACK_1, TestValues.mustNotLoad())).isNotNull();
            assertThat(trace.source()).as("the other node heard nothing").isEqualTo(CacheSource.TIER1);
        }
    }

    private CacheNode node() {
        CacheNode node = CacheNode.start(CacheNode.patientSettings(server, prefix)).awaitInStep();
        nodes.add(node);
        return node;
    }
}
