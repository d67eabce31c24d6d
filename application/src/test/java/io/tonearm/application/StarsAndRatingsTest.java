package io.tonearm.application;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.fakes.InMemoryAlbumArtistAnnotations;
import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.CatalogAnnotation;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.CacheInvalidation.PartitionDrop;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each listener's stars of albums and artists and their ratings: their own, cached and dropped in their partition. */
class StarsAndRatingsTest {
    private static final PageRequest PAGE = PageRequest.first(10);
    private static final UserId ANN = new UserId(1);
    private static final UserId BOB = new UserId(2);
    private static final CachePartition ANNS = CachedQueries.partitionOf(ANN);
    private static final CachePartition BOBS = CachedQueries.partitionOf(BOB);

    private final LibraryFixture fixture = new LibraryFixture();
    private final InMemoryAlbumArtistAnnotations store = new InMemoryAlbumArtistAnnotations(fixture.catalog);
    private final StarsAndRatings stars = StarsAndRatings.create(fixture.library, fixture.catalog.annotations(),
            store, fixture.cache, fixture.changeLog, fixture.clock);

    private Album album(String title) {
        Track track = fixture.stored(aTrack().album(title).albumArtist(title + " artist"));
        return fixture.catalog.albums().findById(track.albumId()).orElseThrow();
    }

    @Test
    void aStarOfAnAlbumOrArtist_isTheListenersOwn_listedLatestFirst_withItsTime() {
        Album first = album("First");
        Album second = album("Second");

        assertThat(stars.setAlbumFavorite(ANN, first.id(), true)).isTrue();
        fixture.clock.advance(java.time.Duration.ofSeconds(5));
        assertThat(stars.setAlbumFavorite(ANN, second.id(), true)).isTrue();
        assertThat(stars.setArtistFavorite(ANN, first.artistId(), true)).isTrue();

        assertThat(stars.getStarredAlbums(ANN, PAGE).items()).extracting(Album::id)
                .containsExactly(second.id(), first.id());
        assertThat(stars.getStarredArtists(ANN, PAGE).items()).extracting(Artist::id)
                .containsExactly(first.artistId());
        assertThat(stars.ofAlbums(ANN, List.of(first.id(), second.id())).get(second.id()).starredAt())
                .isEqualTo(fixture.clock.instant());
        assertThat(stars.ofArtists(ANN, List.of(first.artistId())).get(first.artistId()).starred()).isTrue();
        assertThat(stars.getStarredAlbums(BOB, PAGE).items()).as("nobody else's").isEmpty();
        assertThat(stars.ofAlbums(BOB, List.of(first.id()))).containsEntry(first.id(), CatalogAnnotation.NONE);

        assertThat(stars.setAlbumFavorite(ANN, second.id(), false)).isTrue();
        assertThat(stars.setArtistFavorite(ANN, first.artistId(), false)).isTrue();
        assertThat(stars.getStarredAlbums(ANN, PAGE).items()).extracting(Album::id).containsExactly(first.id());
        assertThat(stars.getStarredArtists(ANN, PAGE).items()).isEmpty();
        assertThat(stars.ofArtists(ANN, List.of(first.artistId())))
                .containsEntry(first.artistId(), CatalogAnnotation.NONE);
    }

    @Test
    void anAlbumStar_dropsOnlyTheListenersStarredAlbumsAndTheirEntryOfIt_inEveryProcess() {
        Album album = album("Kept");
        Album other = album("Other");
        stars.getStarredAlbums(ANN, PAGE);
        stars.getStarredAlbums(BOB, PAGE);
        stars.getRatedAlbums(ANN, PAGE);
        stars.getStarredArtists(ANN, PAGE);
        stars.ofAlbums(ANN, List.of(album.id(), other.id()));
        stars.ofAlbums(BOB, List.of(album.id()));

        stars.setAlbumFavorite(ANN, album.id(), true);

        assertThat(fixture.cache.holds(CachedQueries.STARRED_ALBUMS.in(ANNS), LibraryService.pageKey(PAGE))).isFalse();
        assertThat(fixture.cache.holds(CachedQueries.STARRED_ALBUMS.in(BOBS), LibraryService.pageKey(PAGE))).isTrue();
        assertThat(fixture.cache.holds(CachedQueries.RATED_ALBUMS.in(ANNS), LibraryService.pageKey(PAGE))).isTrue();
        assertThat(fixture.cache.holds(CachedQueries.STARRED_ARTISTS.in(ANNS), LibraryService.pageKey(PAGE))).isTrue();
        assertThat(fixture.cache.holds(CachedQueries.ALBUM_ANNOTATIONS.in(ANNS), key(album.id()))).isFalse();
        assertThat(fixture.cache.holds(CachedQueries.ALBUM_ANNOTATIONS.in(ANNS), key(other.id()))).isTrue();
        assertThat(fixture.cache.holds(CachedQueries.ALBUM_ANNOTATIONS.in(BOBS), key(album.id()))).isTrue();
        assertThat(lastLogged()).isEqualTo(new CacheInvalidation(false, java.util.Set.of(),
                java.util.Set.of(new PartitionDrop(CachedQueries.STARRED_ALBUMS.name(), ANNS)),
                java.util.Set.of(new EntryDrop(CachedQueries.ALBUM_ANNOTATIONS.name(), ANNS, key(album.id())))));
        assertThat(stars.ofAlbums(ANN, List.of(album.id())).get(album.id()).starred()).isTrue();
    }

    @Test
    void annotationsAreReadOnce_thenFromTheCache_noneIncluded() {
        Album album = album("Once");
        stars.ofAlbums(ANN, List.of(album.id()));
        stars.ofArtists(ANN, List.of(album.artistId()));
        int reads = store.reads();

        assertThat(stars.ofAlbums(ANN, List.of(album.id()))).containsEntry(album.id(), CatalogAnnotation.NONE);
        assertThat(stars.ofArtists(ANN, List.of(album.artistId())))
                .containsEntry(album.artistId(), CatalogAnnotation.NONE);
        assertThat(stars.ofAlbums(ANN, List.of())).isEmpty();
        assertThat(store.reads()).isEqualTo(reads);
    }

    @Test
    void ratings_listTheHighestFirst_tiesByTitle_zeroClears_andDropOnlyTheRatedList() {
        Album b = album("B");
        Album a = album("A");
        Album c = album("C");
        stars.rateAlbum(ANN, b.id(), 4);
        stars.rateAlbum(ANN, a.id(), 4);
        stars.rateAlbum(ANN, c.id(), 5);
        stars.getStarredAlbums(ANN, PAGE);

        assertThat(stars.getRatedAlbums(ANN, PAGE).items()).extracting(Album::id)
                .containsExactly(c.id(), a.id(), b.id());
        assertThat(stars.ofAlbums(ANN, List.of(c.id())).get(c.id()).rating()).isEqualTo(5);

        assertThat(stars.rateAlbum(ANN, c.id(), 0)).isTrue();
        assertThat(stars.getRatedAlbums(ANN, PAGE).items()).extracting(Album::id).containsExactly(a.id(), b.id());
        assertThat(stars.ofAlbums(ANN, List.of(c.id())).get(c.id())).isEqualTo(CatalogAnnotation.NONE);
        assertThat(fixture.cache.holds(CachedQueries.STARRED_ALBUMS.in(ANNS), LibraryService.pageKey(PAGE))).isTrue();
        assertThat(stars.getRatedAlbums(BOB, PAGE).items()).isEmpty();
    }

    @Test
    void anArtistRating_dropsOnlyTheListenersEntryOfTheArtist() {
        Album album = album("Rated");
        stars.getStarredArtists(ANN, PAGE);
        stars.ofArtists(ANN, List.of(album.artistId()));

        assertThat(stars.rateArtist(ANN, album.artistId(), 3)).isTrue();

        assertThat(fixture.cache.holds(CachedQueries.STARRED_ARTISTS.in(ANNS), LibraryService.pageKey(PAGE))).isTrue();
        assertThat(stars.ofArtists(ANN, List.of(album.artistId())).get(album.artistId()).rating()).isEqualTo(3);
        assertThat(stars.ofArtists(BOB, List.of(album.artistId())).get(album.artistId()).rating()).isZero();
    }

    @Test
    void aTrackRating_isTheListenersOwn_andReloadsOnlyTheirAnnotationOfTheTrack() {
        Track track = fixture.stored();
        Track other = fixture.stored();
        stars.ofTracks(ANN, List.of(track.id(), other.id()));
        stars.ofTracks(BOB, List.of(track.id()));
        long loads = fixture.cache.loads(CachedQueries.ANNOTATIONS);

        assertThat(stars.rateTrack(ANN, track.id(), 5)).isTrue();

        assertThat(fixture.cache.holds(CachedQueries.ANNOTATIONS.in(ANNS), CacheInvalidator.trackKey(track.id())))
                .as("reloaded").isTrue();
        assertThat(stars.ofTracks(ANN, List.of(track.id()))).containsEntry(track.id(),
                new TrackAnnotation(false, null, 0, null, 5));
        assertThat(stars.ofTracks(BOB, List.of(track.id()))).containsEntry(track.id(), TrackAnnotation.NONE);
        assertThat(fixture.cache.loads(CachedQueries.ANNOTATIONS)).as("one reload, no other read").isEqualTo(loads + 1);
        assertThat(lastLogged().entries()).containsExactly(new EntryDrop(CachedQueries.ANNOTATIONS.name(), ANNS,
                CacheInvalidator.trackKey(track.id())));
        assertThat(fixture.as(1).getTrack(track.id()).orElseThrow().favorite()).as("a rating is no star").isFalse();

        stars.rateTrack(ANN, track.id(), 0);
        assertThat(stars.ofTracks(ANN, List.of(track.id()))).containsEntry(track.id(), TrackAnnotation.NONE);
    }

    @Test
    void ratingsAndStars_areReadFromTheStore_byACacheThatHasNone() {
        Album album = album("Stored");
        Track track = fixture.stored();
        stars.rateTrack(ANN, track.id(), 2);
        stars.rateAlbum(ANN, album.id(), 4);
        stars.setArtistFavorite(ANN, album.artistId(), true);

        StarsAndRatings fresh = StarsAndRatings.create(fixture.library, fixture.catalog.annotations(), store,
                new io.tonearm.application.fakes.InMemoryQueryCache(), fixture.changeLog, fixture.clock);

        assertThat(fresh.ofTracks(ANN, List.of(track.id())).get(track.id()).rating()).isEqualTo(2);
        assertThat(fresh.ofAlbums(ANN, List.of(album.id())).get(album.id()).rating()).isEqualTo(4);
        assertThat(fresh.ofArtists(ANN, List.of(album.artistId())).get(album.artistId()).starred()).isTrue();
    }

    @Test
    void aBadRating_isRefusedByName_beforeAnythingIsWrittenOrDropped() {
        Album album = album("Bad");
        Track track = fixture.stored();
        int logged = fixture.changeLog.rows().size();
        for (int bad : new int[] {-1, 6}) {
            assertThatThrownBy(() -> stars.rateAlbum(ANN, album.id(), bad)).isInstanceOf(InvalidValueException.class)
                    .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("rating");
            assertThatThrownBy(() -> stars.rateArtist(ANN, album.artistId(), bad))
                    .isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> stars.rateTrack(ANN, track.id(), bad)).isInstanceOf(InvalidValueException.class);
        }
        assertThat(fixture.changeLog.rows()).hasSize(logged);
        assertThat(fixture.cache.droppedNames()).isEmpty();
    }

    @Test
    void unknownAlbumsArtistsAndTracks_areFalse_andDropNothing() {
        stars.getStarredAlbums(ANN, PAGE);

        assertThat(stars.setAlbumFavorite(ANN, AlbumId.of(999), true)).isFalse();
        assertThat(stars.setArtistFavorite(ANN, ArtistId.of(999), true)).isFalse();
        assertThat(stars.rateAlbum(ANN, AlbumId.of(999), 1)).isFalse();
        assertThat(stars.rateArtist(ANN, ArtistId.of(999), 1)).isFalse();
        assertThat(stars.rateTrack(ANN, TrackId.of(999), 1)).isFalse();

        assertThat(fixture.cache.droppedNames()).isEmpty();
        assertThat(fixture.cache.holds(CachedQueries.STARRED_ALBUMS.in(ANNS), LibraryService.pageKey(PAGE))).isTrue();
    }

    @Test
    void anAlbumThatWentSinceTheListWasCached_isLeftOut() {
        Album kept = album("Kept");
        Track goneTrack = fixture.stored(aTrack().album("Gone").albumArtist("Gone artist"));
        stars.setAlbumFavorite(ANN, kept.id(), true);
        stars.setAlbumFavorite(ANN, goneTrack.albumId(), true);
        stars.getStarredAlbums(ANN, PAGE);

        fixture.catalog.delete(goneTrack.id());
        fixture.cache.invalidateQueries(java.util.Set.of(CachedQueries.ALBUM.name()));

        assertThat(stars.getStarredAlbums(ANN, PAGE).items()).extracting(Album::id).containsExactly(kept.id());
    }

    @Test
    void everyArgumentIsRequired() {
        assertThatThrownBy(() -> stars.setAlbumFavorite(null, AlbumId.of(1), true))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> stars.setAlbumFavorite(ANN, null, true)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> stars.setArtistFavorite(ANN, null, true)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> stars.rateTrack(ANN, null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> stars.rateAlbum(ANN, null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> stars.rateArtist(ANN, null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> stars.getStarredAlbums(ANN, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> stars.ofAlbums(null, List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> StarsAndRatings.create(null, fixture.catalog.annotations(), store, fixture.cache,
                fixture.changeLog, fixture.clock)).isInstanceOf(NullPointerException.class);
    }

    private CacheInvalidation lastLogged() {
        List<io.tonearm.domain.port.LoggedChange> rows = fixture.changeLog.rows();
        return rows.get(rows.size() - 1).invalidation();
    }

    private static CacheKey key(AlbumId id) {
        return CacheKey.of(id.value());
    }
}
