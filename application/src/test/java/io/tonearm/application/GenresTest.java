package io.tonearm.application;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.fakes.InMemoryCatalog;
import io.tonearm.application.fakes.InMemoryQueryCache;
import io.tonearm.application.fakes.TestClock;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import org.junit.jupiter.api.Test;

/** The genres the tracks name, counted, and the tracks of one, ignoring case. */
class GenresTest {
    private final TestClock clock = TestClock.standing();
    private final InMemoryCatalog catalog = new InMemoryCatalog(clock);
    private final Library library = Library.create(catalog, catalog.albums(), catalog.artists(), catalog,
            new InMemoryQueryCache(), clock);

    @Test
    void everyGenre_isCountedOnce_ignoringCase_withItsTracksAndAlbums_byName() {
        catalog.add(aTrack().path("/m/a/1.flac").album("A").genre("Jazz").build());
        catalog.add(aTrack().path("/m/a/2.flac").album("A").genre("jazz").build());
        catalog.add(aTrack().path("/m/b/1.flac").album("B").genre("Jazz").build());
        catalog.add(aTrack().path("/m/b/2.flac").album("B").genre("Ambient").build());
        catalog.add(aTrack().path("/m/c/1.flac").album("C").genre(" ").build());
        catalog.add(aTrack().path("/m/c/2.flac").album("C").genre(null).build());

        assertThat(Genres.of(library)).containsExactly(new Genre("Ambient", 1, 1), new Genre("Jazz", 3, 2));
    }

    @Test
    void theTracksOfAGenre_ignoringCase_comePageByPage_withTheirTotal() {
        Track first = catalog.add(aTrack().path("/m/a/1.flac").album("A").genre("Jazz").build());
        catalog.add(aTrack().path("/m/a/2.flac").album("A").genre("Rock").build());
        Track second = catalog.add(aTrack().path("/m/a/3.flac").album("A").genre("JAZZ").build());
        Track third = catalog.add(aTrack().path("/m/a/4.flac").album("A").genre("jazz").build());

        assertThat(Genres.tracksOf(library, "jazz")).extracting(Track::id)
                .containsExactly(first.id(), second.id(), third.id());
        Page<Track> page = Genres.tracksOf(library, "Jazz", PageRequest.of(1, 1));
        assertThat(page.items()).extracting(Track::id).containsExactly(second.id());
        assertThat(page.total()).isEqualTo(3);
        assertThat(Genres.tracksOf(library, "Jazz", PageRequest.of(5, 10)).items()).isEmpty();
        assertThat(Genres.tracksOf(library, "Polka")).isEmpty();
    }

    @Test
    void aGenre_needsAName_andCountsOfZeroOrMore() {
        assertThat(new Genre("Jazz", 0, 0).trackCount()).isZero();
        assertThatThrownBy(() -> new Genre(" ", 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Genre(null, 1, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Genre("Jazz", -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Genre("Jazz", 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
