package io.tonearm.application;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Paging through the library's cached lists: for any page size and offset, a page is the matching slice of the
 * whole list with the whole list's total, and following the pages from the first one visits every item once, in
 * order, with a total that does not move. Each page is read twice, so the second answer comes from the cache.
 */
class PagingProperties {

    @Property(tries = 100)
    void aPageIsTheSliceAtItsOffset_withTheWholeTotal(@ForAll @IntRange(max = 40) int tracks,
                                                      @ForAll @IntRange(max = 50) int offset,
                                                      @ForAll @IntRange(min = 1, max = 15) int limit) {
        LibraryFixture fixture = withTracks(tracks);
        List<Track> all = fixture.catalog.all();
        PageRequest request = PageRequest.of(offset, limit);

        for (int read = 0; read < 2; read++) {
            Page<Track> page = fixture.library.getAllTracks(request);
            assertThat(page.items()).isEqualTo(all.subList(Math.min(offset, tracks), Math.min(tracks, offset + limit)));
            assertThat(page.total()).isEqualTo(tracks);
        }
    }

    @Property(tries = 100)
    void followingThePages_visitsEveryTrackAlbumAndArtistOnce_inOrder(@ForAll @IntRange(max = 40) int tracks,
                                                                       @ForAll @IntRange(min = 1, max = 15) int limit) {
        LibraryFixture fixture = withTracks(tracks);
        Library library = fixture.library;

        assertPartitions(library::getAllTracks, limit, library.getAllTracks(PageRequest.first(PageRequest.MAX_LIMIT)));
        assertPartitions(library::getAllAlbums, limit, library.getAllAlbums(PageRequest.first(PageRequest.MAX_LIMIT)));
        assertPartitions(library::getAllArtists, limit,
                library.getAllArtists(PageRequest.first(PageRequest.MAX_LIMIT)));
    }

    private static <T> void assertPartitions(Function<PageRequest, Page<T>> read, int limit, Page<T> whole) {
        List<T> visited = new ArrayList<>();
        Optional<PageRequest> next = Optional.of(PageRequest.first(limit));
        int pages = 0;
        while (next.isPresent()) {
            Page<T> page = read.apply(next.get());
            assertThat(read.apply(next.get())).as("the same page read again, from the cache").isEqualTo(page);
            assertThat(page.total()).as("every page's total").isEqualTo(whole.total());
            assertThat(page.items()).as("a page other than the last is full").hasSizeLessThanOrEqualTo(limit);
            visited.addAll(page.items());
            next = page.nextPage();
            if (next.isPresent()) {
                assertThat(page.items()).hasSize(limit);
            }
            pages++;
        }
        assertThat(visited).isEqualTo(whole.items());
        assertThat(pages).isEqualTo(Math.max(1, (whole.items().size() + limit - 1) / limit));
    }

    /** Tracks on albums of five tracks each, by artists of three tracks each: lists of different lengths. */
    private static LibraryFixture withTracks(int count) {
        LibraryFixture fixture = new LibraryFixture();
        for (int i = 0; i < count; i++) {
            fixture.stored(aTrack().title("Track " + i).artists("Artist " + (i / 3)).album("Album " + (i / 5)));
        }
        return fixture;
    }
}
