package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AlbumsAndArtistsTest extends DatabaseTest {

    private static <T, K> List<K> walk(Function<PageRequest, Page<T>> list, int limit, Function<T, K> key) {
        List<K> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        while (true) {
            Page<T> page = list.apply(request);
            assertThat(page.items()).as("seek page at %d equals offset page", request.offset())
                    .isEqualTo(list.apply(PageRequest.of(request.offset(), limit)).items());
            page.items().forEach(item -> seen.add(key.apply(item)));
            if (page.nextPage().isEmpty()) {
                return seen;
            }
            request = page.nextPage().orElseThrow();
        }
    }

    @Test
    void anAlbum_isOnePerAlbumArtistAndTitle_whateverTheTrackArtists() {
        Track a = tracks.add(aTrack().artists("Guest One").albumArtist("Various").album("Hits").year(2001).build());
        Track b = tracks.add(aTrack().artists("Guest Two").albumArtist("VARIOUS").album("hits").year(1999).build());
        Track c = tracks.add(aTrack().artists("Other").album("Hits").year(2005).build());

        assertThat(b.albumId()).isEqualTo(a.albumId());
        assertThat(c.albumId()).isNotEqualTo(a.albumId());
        Album hits = albums.findById(a.albumId()).orElseThrow();
        assertThat(hits.title()).isEqualTo("Hits");
        assertThat(hits.artist()).isEqualTo("Various");
        assertThat(hits.trackCount()).isEqualTo(2);
        assertThat(hits.year()).as("the earliest of its tracks").isEqualTo(1999);
        assertThat(albums.findById(AlbumId.of(555_555))).isEmpty();
        assertCountersMatchRows();
    }

    @Test
    void albums_areListedByTitle_withAnExactTotal_andCursorsThatFollowOffsets() {
        for (String title : List.of("delta", "Alpha", "charlie", "Bravo", "echo", "Foxtrot", "golf")) {
            tracks.add(aTrack().album(title).build());
        }

        Page<Album> page = albums.findAll(PageRequest.of(1, 3));

        assertThat(page.items()).extracting(Album::title).containsExactly("Bravo", "charlie", "delta");
        assertThat(page.total()).isEqualTo(7);
        assertThat(walk(albums::findAll, 2, Album::title))
                .containsExactly("Alpha", "Bravo", "charlie", "delta", "echo", "Foxtrot", "golf");
    }

    @Test
    void anAlbumCursor_whoseAlbumVanished_fallsBackToTheOffset() {
        for (String title : List.of("A", "B", "C", "D")) {
            tracks.add(aTrack().album(title).build());
        }
        Page<Album> first = albums.findAll(PageRequest.first(2));
        Track lastOfFirstPage = tracks.findById(tracks.findAll(PageRequest.of(1, 1)).items().get(0)).orElseThrow();

        tracks.delete(lastOfFirstPage.id());

        assertThat(albums.findAll(first.nextPage().orElseThrow()).items()).extracting(Album::title).containsExactly("D");
    }

    @Test
    void anArtistsAlbums_areByYearThenTitle_unknownYearFirst() {
        tracks.add(aTrack().artists("Band").album("Later").year(2010).build());
        tracks.add(aTrack().artists("Band").album("Earlier B").year(2000).build());
        tracks.add(aTrack().artists("Band").album("Earlier A").year(2000).build());
        Track undated = tracks.add(aTrack().artists("Band").album("Undated").year(null).build());
        tracks.add(aTrack().artists("Guest Star", "Band").albumArtist("Someone Else").album("Not Theirs").build());
        ArtistId band = ArtistId.of(queryLong("SELECT album_artist_id FROM tracks WHERE id = " + undated.id()));

        Page<Album> page = albums.findByArtist(band, PageRequest.first(10));

        assertThat(page.items()).extracting(Album::title).containsExactly("Undated", "Earlier A", "Earlier B", "Later");
        assertThat(page.items().get(0).year()).isNull();
        assertThat(page.total()).isEqualTo(4);
        assertThat(walk(p -> albums.findByArtist(band, p), 1, Album::title))
                .containsExactly("Undated", "Earlier A", "Earlier B", "Later");
        assertThat(albums.findByArtist(ArtistId.of(999_999), PageRequest.first(10)).total()).isZero();
    }

    @Test
    void artists_areTrackArtistsAndAlbumArtists_listedByName() {
        tracks.add(aTrack().artists("zed", "Émile").albumArtist("Compiler").album("C").build());
        tracks.add(aTrack().artists("adam").album(null).build());

        Page<Artist> page = artists.findAll(PageRequest.first(10));

        assertThat(page.items()).extracting(Artist::name).containsExactly("adam", "Compiler", "Émile", "zed");
        assertThat(page.total()).isEqualTo(4);
        assertThat(walk(artists::findAll, 3, Artist::name)).containsExactly("adam", "Compiler", "Émile", "zed");
        Artist adam = page.items().get(0);
        assertThat(artists.findById(adam.id())).contains(adam);
        assertThat(artists.findById(ArtistId.of(999_999))).isEmpty();
    }

    @Test
    void anAlbumArtistWithoutTracksOfTheirOwn_livesAsLongAsTheirAlbum() {
        Track track = tracks.add(aTrack().artists("Performer").albumArtist("Curator").album("Selection").build());

        assertThat(artists.findAll(PageRequest.first(10)).items()).extracting(Artist::name)
                .containsExactly("Curator", "Performer");
        tracks.delete(track.id());
        assertThat(artists.findAll(PageRequest.first(10)).total()).isZero();
        assertThat(albums.findAll(PageRequest.first(10)).total()).isZero();
        assertCountersMatchRows();
    }
}
