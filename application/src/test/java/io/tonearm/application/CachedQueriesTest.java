package io.tonearm.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The helpers the invalidation table is written with, called directly (Mutation's rows are built once). */
class CachedQueriesTest {

    @Test
    void except_isEveryNamedQueryButTheKeptOnes() {
        assertThat(CachedQueries.except(CachedQueries.TRACK, CachedQueries.CHART))
                .hasSize(CachedQueries.all().size() - 2)
                .doesNotContain(CachedQueries.TRACK, CachedQueries.CHART)
                .contains(CachedQueries.ALL_TRACKS, CachedQueries.SEARCH_ARTISTS);
        assertThat(CachedQueries.except()).containsExactlyInAnyOrderElementsOf(CachedQueries.all());
    }

    @Test
    void of_isExactlyTheNamedQueriesGiven() {
        assertThat(CachedQueries.of(CachedQueries.ALBUM, CachedQueries.ARTIST))
                .containsExactlyInAnyOrder(CachedQueries.ALBUM, CachedQueries.ARTIST);
    }

    @Test
    void theNames_areThoseOfEveryNamedQuery() {
        assertThat(CachedQueries.names()).contains("track.byId", "tracks.all", "artists.search")
                .hasSize(CachedQueries.all().size());
    }
}
