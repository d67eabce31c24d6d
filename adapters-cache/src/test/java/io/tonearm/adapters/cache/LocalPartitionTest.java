package io.tonearm.adapters.cache;

import static io.tonearm.adapters.cache.TestValues.TRACKS_FAVORITES;
import static io.tonearm.adapters.cache.TestValues.TRACK_BY_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.Page;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryStatistics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Partitions of a named query with tier 1 alone: kept apart, and invalidated one by one or all together. */
class LocalPartitionTest {
    private static final CachePartition ALICE = CachePartition.of("user-1");
    private static final CachePartition BOB = CachePartition.of("user-2");
    private static final CacheKey FIRST_PAGE = CacheKey.of(0, 10);

    private final AtomicLong clock = new AtomicLong();
    private final LocalTier tier1 = new LocalTier(CacheSettings.defaults(), new ValueCodec(), new CacheClock(clock::get));
    private final TieredQueryCache cache = new TieredQueryCache(tier1, new NoSharedTier(), CacheSettings.defaults());

    private Page<TrackId> favorites(NamedQuery<Page<TrackId>> query, long total) {
        return cache.get(query, FIRST_PAGE, () -> TestValues.trackIds(0, 10, total));
    }

    private void readAll() {
        favorites(TRACKS_FAVORITES.in(ALICE), 1);
        favorites(TRACKS_FAVORITES.in(BOB), 2);
        favorites(TRACKS_FAVORITES, 3);
    }

    @Test
    void thePartitionsOfAQuery_keepTheirResultsApart_andApartFromItsUnpartitionedResults() {
        readAll();

        assertThat(cache.get(TRACKS_FAVORITES.in(ALICE), FIRST_PAGE, TestValues.mustNotLoad()).total()).isEqualTo(1);
        assertThat(cache.get(TRACKS_FAVORITES.in(BOB), FIRST_PAGE, TestValues.mustNotLoad()).total()).isEqualTo(2);
        assertThat(cache.get(TRACKS_FAVORITES, FIRST_PAGE, TestValues.mustNotLoad()).total()).isEqualTo(3);
    }

    @Test
    void invalidatingOnePartition_dropsItsResults_andNoOtherPartitionsNorTheUnpartitionedOnes() {
        readAll();

        cache.invalidateQueries(List.of(TRACKS_FAVORITES.name()), ALICE);

        assertThat(favorites(TRACKS_FAVORITES.in(ALICE), 11).total()).as("reloaded").isEqualTo(11);
        assertThat(cache.get(TRACKS_FAVORITES.in(BOB), FIRST_PAGE, TestValues.mustNotLoad()).total()).isEqualTo(2);
        assertThat(cache.get(TRACKS_FAVORITES, FIRST_PAGE, TestValues.mustNotLoad()).total()).isEqualTo(3);
    }

    @Test
    void invalidatingTheQuery_dropsTheResultsOfEveryPartition() {
        readAll();

        cache.invalidateQueries(List.of(TRACKS_FAVORITES.name()));

        assertThat(favorites(TRACKS_FAVORITES.in(ALICE), 11).total()).isEqualTo(11);
        assertThat(favorites(TRACKS_FAVORITES.in(BOB), 12).total()).isEqualTo(12);
        assertThat(favorites(TRACKS_FAVORITES, 13).total()).isEqualTo(13);
    }

    @Test
    void invalidatingEverything_dropsTheResultsOfEveryPartition() {
        readAll();

        cache.invalidateAll();

        assertThat(favorites(TRACKS_FAVORITES.in(ALICE), 11).total()).isEqualTo(11);
        assertThat(favorites(TRACKS_FAVORITES.in(BOB), 12).total()).isEqualTo(12);
    }

    @Test
    void aPartitionInvalidatedAgain_afterItWasReloaded_dropsTheReloadedResult() {
        favorites(TRACKS_FAVORITES.in(ALICE), 1);
        cache.invalidateQueries(List.of(TRACKS_FAVORITES.name()), ALICE);
        favorites(TRACKS_FAVORITES.in(ALICE), 2);

        cache.invalidateQueries(List.of(TRACKS_FAVORITES.name()), ALICE);

        assertThat(favorites(TRACKS_FAVORITES.in(ALICE), 3).total()).isEqualTo(3);
    }

    @Test
    void anEntryInvalidationOrRefreshInAPartition_dropsThatEntryOfThatPartitionOnly() {
        NamedQuery<Track> alices = TRACK_BY_ID.in(ALICE);
        NamedQuery<Track> bobs = TRACK_BY_ID.in(BOB);
        cache.get(alices, CacheKey.of(1), () -> TestValues.track(1));
        cache.get(alices, CacheKey.of(2), () -> TestValues.track(2));
        cache.get(bobs, CacheKey.of(1), () -> TestValues.track(1));
        Track starred = TestValues.track(1).withFavorite(true);

        cache.invalidate(alices, CacheKey.of(2));
        cache.refresh(alices, CacheKey.of(1), () -> starred);

        assertThat(cache.get(alices, CacheKey.of(1), TestValues.mustNotLoad())).isEqualTo(starred);
        assertThat(cache.get(alices, CacheKey.of(2), () -> null)).as("dropped").isNull();
        assertThat(cache.get(bobs, CacheKey.of(1), TestValues.mustNotLoad())).isEqualTo(TestValues.track(1));
        Map<CacheKey, Track> both = cache.getAll(bobs, List.of(CacheKey.of(1), CacheKey.of(2)),
                missing -> Map.of(CacheKey.of(2), TestValues.track(2)));
        assertThat(both).containsOnlyKeys(CacheKey.of(1), CacheKey.of(2));
    }

    @Test
    void readsInPartitions_countInTheirQuerysStatistics_whichListNoPartition() {
        readAll();
        readAll();

        List<QueryStatistics> queries = cache.statistics().queries();

        assertThat(queries).extracting(QueryStatistics::query).containsExactly(TRACKS_FAVORITES.name());
        QueryStatistics favorites = queries.get(0);
        assertThat(favorites.requests()).isEqualTo(6);
        assertThat(favorites.hits()).isEqualTo(3);
        assertThat(favorites.loads()).isEqualTo(3);
        assertThat(favorites.tier1().entries()).isEqualTo(3);
    }
}
