package io.tonearm.application.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.enrichment.EnrichmentRequest.Kind;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a run is asked to look up. */
class EnrichmentRequestTest {

    @Test
    void withoutKinds_aRunLooksUpAlbumsAndArtists() {
        EnrichmentRequest request = new EnrichmentRequest(true);

        assertThat(request.kinds()).containsExactly(Kind.ALBUMS, Kind.ARTISTS);
        assertThat(request.albums()).isTrue();
        assertThat(request.artists()).isTrue();
        assertThat(request.dryRun()).isTrue();
    }

    @Test
    void oneKind_isThatKindOnly_andTheKindsCannotBeChangedAfterwards() {
        EnrichmentRequest albums = new EnrichmentRequest(EnumSet.of(Kind.ALBUMS), false);
        EnrichmentRequest artists = new EnrichmentRequest(Set.of(Kind.ARTISTS), false);

        assertThat(albums.albums()).isTrue();
        assertThat(albums.artists()).isFalse();
        assertThat(artists.albums()).isFalse();
        assertThat(artists.artists()).isTrue();
        assertThatThrownBy(() -> albums.kinds().add(Kind.ARTISTS)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void noKind_isRefused() {
        assertThatThrownBy(() -> new EnrichmentRequest(Set.of(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("albums, artists or both");
        assertThatThrownBy(() -> new EnrichmentRequest(null, false)).hasMessage("kinds");
    }
}
