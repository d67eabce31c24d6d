package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;

class SearchPlannerTest extends DatabaseTest {

    private List<String> plan(List<String> patterns, java.util.function.ToDoubleFunction<TermCounts> weight) {
        try (SqlSession session = Database.sessionFactory(pool).openSession()) {
            return SearchPlanner.rarestFirst(session, patterns, weight);
        }
    }

    @Test
    void theRarestWord_drivesTheSearch_whateverItsLength() {
        for (int i = 0; i < 12; i++) {
            tracks.add(aTrack().title("Everywhere " + i).artists("Band").build());
        }
        tracks.add(aTrack().title("Zed Everywhere").artists("Band").build());

        assertThat(plan(List.of("everywhere%", "zed%"), count -> count.trackTerms))
                .containsExactly("zed%", "everywhere%");
        assertThat(plan(List.of("zed%", "everywhere%"), count -> count.trackTerms))
                .containsExactly("zed%", "everywhere%");
    }

    @Test
    void anArtistsWord_weighsAsManyTracksAsTheArtistHas() {
        for (int i = 0; i < 5; i++) {
            tracks.add(aTrack().title("Song " + i).artists("Prolific").build());
        }
        tracks.add(aTrack().title("Prolonged").artists("Other").build());
        tracks.add(aTrack().title("Prologue").artists("Other").build());

        // one artist word for 5 tracks outweighs two title words
        assertThat(plan(List.of("prolific%", "prolo%"), count -> count.trackTerms + count.artistTerms * 5))
                .containsExactly("prolo%", "prolific%");
        assertThat(plan(List.of("prolific%", "prolo%"), count -> count.trackTerms + count.artistTerms))
                .containsExactly("prolific%", "prolo%");
    }
}
