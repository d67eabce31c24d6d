package io.tonearm.domain.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.ArtistId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values of artist enrichment: what each accepts, and what each refuses. */
class ArtistRecordsTest {
    private static final MusicBrainzId ID = MusicBrainzId.of("561d854a-6a28-4aa7-8c99-323e6ce46c2a");
    private static final MusicBrainzArtist MILES = new MusicBrainzArtist(ID, "Miles Davis", "Davis, Miles",
            List.of("jazz"));

    @Test
    void aMusicBrainzArtist_needsAName_keepsNoBlankSortName_andCopiesItsGenres() {
        List<String> genres = new ArrayList<>(List.of("jazz"));
        MusicBrainzArtist artist = new MusicBrainzArtist(ID, "Miles Davis", " ", genres);
        genres.add("rock");

        assertThat(artist.sortName()).isNull();
        assertThat(new MusicBrainzArtist(ID, "Miles Davis", null, List.of()).sortName()).isNull();
        assertThat(MILES.sortName()).isEqualTo("Davis, Miles");
        assertThat(artist.genres()).containsExactly("jazz");
        assertThatThrownBy(() -> new MusicBrainzArtist(ID, " ", null, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> new MusicBrainzArtist(null, "Miles Davis", null, List.of())).hasMessage("id");
        assertThatThrownBy(() -> new MusicBrainzArtist(ID, null, null, List.of())).hasMessage("name");
    }

    @Test
    void anArtistCandidate_hasAScoreFrom0To100() {
        assertThat(new ArtistCandidate(MILES, 0).score()).isZero();
        assertThat(new ArtistCandidate(MILES, 100).score()).isEqualTo(100);
        assertThatThrownBy(() -> new ArtistCandidate(MILES, -1)).hasMessageContaining("-1");
        assertThatThrownBy(() -> new ArtistCandidate(MILES, 101)).hasMessageContaining("101");
        assertThatThrownBy(() -> new ArtistCandidate(null, 50)).hasMessage("artist");
    }

    @Test
    void anArtistMatch_saysItsMusicBrainzId_andNeedsEveryField() {
        Instant at = Instant.parse("2026-12-07T12:00:00Z");
        ArtistMatch match = new ArtistMatch(ArtistId.of(1), MILES, MatchSource.TAGS, at);

        assertThat(match.musicBrainzId()).isEqualTo(ID);
        assertThatThrownBy(() -> new ArtistMatch(null, MILES, MatchSource.TAGS, at)).hasMessage("artist");
        assertThatThrownBy(() -> new ArtistMatch(ArtistId.of(1), null, MatchSource.TAGS, at)).hasMessage("match");
        assertThatThrownBy(() -> new ArtistMatch(ArtistId.of(1), MILES, null, at)).hasMessage("source");
        assertThatThrownBy(() -> new ArtistMatch(ArtistId.of(1), MILES, MatchSource.TAGS, null))
                .hasMessage("matchedAt");
    }
}
