package io.tonearm.application;

import static io.tonearm.application.CachedQueries.ALBUM;
import static io.tonearm.application.CachedQueries.RATED_ALBUMS;
import static io.tonearm.application.CachedQueries.STARRED_ARTISTS;
import static io.tonearm.application.CachedQueries.STARRED_ALBUMS;
import static io.tonearm.application.CachedQueries.ARTIST_ANNOTATIONS;
import static io.tonearm.application.CachedQueries.ALBUM_ANNOTATIONS;
import static io.tonearm.application.CachedQueries.ALBUM_TRACKS;
import static io.tonearm.application.CachedQueries.ALL_ALBUMS;
import static io.tonearm.application.CachedQueries.ALL_ARTISTS;
import static io.tonearm.application.CachedQueries.ALL_TRACKS;
import static io.tonearm.application.CachedQueries.ANNOTATIONS;
import static io.tonearm.application.CachedQueries.ARTIST;
import static io.tonearm.application.CachedQueries.ARTIST_ALBUMS;
import static io.tonearm.application.CachedQueries.ARTIST_MATCH;
import static io.tonearm.application.CachedQueries.CHART;
import static io.tonearm.application.CachedQueries.FAVORITE_TRACKS;
import static io.tonearm.application.CachedQueries.FOUND_TRACKS;
import static io.tonearm.application.CachedQueries.OWN_CHART;
import static io.tonearm.application.CachedQueries.PLAYLIST;
import static io.tonearm.application.CachedQueries.PLAYLIST_TRACKS;
import static io.tonearm.application.CachedQueries.POPULAR_TRACKS;
import static io.tonearm.application.CachedQueries.RECENT_TRACKS;
import static io.tonearm.application.CachedQueries.SEARCH_ALBUMS;
import static io.tonearm.application.CachedQueries.SEARCH_ARTISTS;
import static io.tonearm.application.CachedQueries.SEARCH_TRACKS;
import static io.tonearm.application.CachedQueries.TRACK;
import static io.tonearm.application.CachedQueries.VISIBLE_PLAYLISTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.port.NamedQuery;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The invalidation table, row by row: what each change drops and, as importantly, what stays cached. */
class InvalidationTableTest {

    @Test
    void favoriteToggle_dropsTheListenersFavoritesOnly_andReloadsTheirAnnotationOfTheTrack() {
        assertThat(Mutation.FAVORITE_SET.droppedQueries()).isEmpty();
        assertThat(Mutation.FAVORITE_SET.droppedInPartition()).containsExactly(FAVORITE_TRACKS);
        assertThat(Mutation.FAVORITE_SET.dropsTrackEntry()).isFalse();
        assertThat(Mutation.FAVORITE_SET.reloadsTrackEntry()).isFalse();
        assertThat(Mutation.FAVORITE_SET.reloadsAnnotation()).isTrue();
        // no shared list, not the shared track, and (dropped in one partition only) nobody else's favorites
        assertStaysCached(Mutation.FAVORITE_SET, TRACK, ANNOTATIONS, OWN_CHART, ALL_TRACKS, SEARCH_TRACKS, FAVORITE_TRACKS, RECENT_TRACKS,
                POPULAR_TRACKS, CHART, ALBUM_TRACKS, FOUND_TRACKS, ALBUM, ALL_ALBUMS, SEARCH_ALBUMS, ARTIST_ALBUMS,
                ARTIST, ALL_ARTISTS, SEARCH_ARTISTS,
                ARTIST_MATCH, PLAYLIST, VISIBLE_PLAYLISTS, PLAYLIST_TRACKS,
                ALBUM_ANNOTATIONS, ARTIST_ANNOTATIONS, STARRED_ALBUMS, STARRED_ARTISTS, RATED_ALBUMS);
    }

    @Test
    void play_dropsTheListenersRecentPopularAndOwnChart_theServersChart_andReloadsTheirAnnotation() {
        assertThat(Mutation.PLAY_RECORDED.droppedQueries()).containsExactly(CHART);
        assertThat(Mutation.PLAY_RECORDED.droppedInPartition()).containsExactlyInAnyOrder(RECENT_TRACKS, POPULAR_TRACKS,
                OWN_CHART);
        assertThat(Mutation.PLAY_RECORDED.dropsTrackEntry()).isFalse();
        assertThat(Mutation.PLAY_RECORDED.reloadsTrackEntry()).isFalse();
        assertThat(Mutation.PLAY_RECORDED.reloadsAnnotation()).isTrue();
        assertStaysCached(Mutation.PLAY_RECORDED, TRACK, ANNOTATIONS, OWN_CHART, ALL_TRACKS, SEARCH_TRACKS, FAVORITE_TRACKS, RECENT_TRACKS,
                POPULAR_TRACKS, ALBUM_TRACKS, FOUND_TRACKS, ALBUM, ALL_ALBUMS, SEARCH_ALBUMS, ARTIST_ALBUMS, ARTIST,
                ALL_ARTISTS, SEARCH_ARTISTS,
                ARTIST_MATCH, PLAYLIST, VISIBLE_PLAYLISTS, PLAYLIST_TRACKS,
                ALBUM_ANNOTATIONS, ARTIST_ANNOTATIONS, STARRED_ALBUMS, STARRED_ARTISTS, RATED_ALBUMS);
    }

    @Test
    void onlyTheListenersOwnChanges_dropQueriesInAPartition_andNoneOfThemIsAlsoDroppedWhole() {
        for (Mutation mutation : Mutation.values()) {
            assertThat(CachedQueries.all()).containsAll(mutation.droppedInPartition());
            assertThat(mutation.droppedInPartition().stream().filter(mutation.droppedQueries()::contains))
                    .as(mutation.name()).isEmpty();
            assertThat(mutation.droppedInPartition()).as(mutation.name()).doesNotContain(TRACK);
            if (mutation != Mutation.FAVORITE_SET && mutation != Mutation.PLAY_RECORDED
                    && mutation != Mutation.PLAYLIST_CHANGED && mutation != Mutation.ALBUM_STARRED
                    && mutation != Mutation.ARTIST_STARRED && mutation != Mutation.ALBUM_RATED) {
                assertThat(mutation.droppedInPartition()).as(mutation.name()).isEmpty();
            }
        }
    }

    @Test
    void privatePlaylistChange_dropsThePlaylistAndItsOwnersListOnly_andNoTrackOrCatalogList() {
        assertThat(Mutation.PLAYLIST_CHANGED.droppedQueries()).isEmpty();
        assertThat(Mutation.PLAYLIST_CHANGED.droppedInPartition()).containsExactly(VISIBLE_PLAYLISTS);
        assertThat(Mutation.PLAYLIST_CHANGED.dropsPlaylist()).isTrue();
        assertThat(Mutation.PLAYLIST_CHANGED.dropsTrackEntry()).isFalse();
        assertThat(Mutation.PLAYLIST_CHANGED.reloadsAnnotation()).isFalse();
        // PLAYLIST and PLAYLIST_TRACKS: one playlist's entry and partition, never the whole name
        assertStaysCached(Mutation.PLAYLIST_CHANGED, TRACK, ANNOTATIONS, ALL_TRACKS, SEARCH_TRACKS, FAVORITE_TRACKS,
                RECENT_TRACKS, POPULAR_TRACKS, CHART, OWN_CHART, ALBUM_TRACKS, FOUND_TRACKS, ALBUM, ALL_ALBUMS,
                SEARCH_ALBUMS, ARTIST_ALBUMS, ARTIST, ALL_ARTISTS, SEARCH_ARTISTS,
                ARTIST_MATCH, PLAYLIST, VISIBLE_PLAYLISTS,
                PLAYLIST_TRACKS,
                ALBUM_ANNOTATIONS, ARTIST_ANNOTATIONS, STARRED_ALBUMS, STARRED_ARTISTS, RATED_ALBUMS);
    }

    @Test
    void publicPlaylistChange_dropsThePlaylistAndEveryUsersList_andNoTrackOrCatalogList() {
        assertThat(Mutation.PUBLIC_PLAYLIST_CHANGED.droppedQueries()).containsExactly(VISIBLE_PLAYLISTS);
        assertThat(Mutation.PUBLIC_PLAYLIST_CHANGED.droppedInPartition()).isEmpty();
        assertThat(Mutation.PUBLIC_PLAYLIST_CHANGED.dropsPlaylist()).isTrue();
        assertThat(Mutation.PUBLIC_PLAYLIST_CHANGED.dropsTrackEntry()).isFalse();
        assertStaysCached(Mutation.PUBLIC_PLAYLIST_CHANGED, TRACK, ANNOTATIONS, ALL_TRACKS, SEARCH_TRACKS,
                FAVORITE_TRACKS, RECENT_TRACKS, POPULAR_TRACKS, CHART, OWN_CHART, ALBUM_TRACKS, FOUND_TRACKS, ALBUM,
                ALL_ALBUMS, SEARCH_ALBUMS, ARTIST_ALBUMS, ARTIST, ALL_ARTISTS, SEARCH_ARTISTS, ARTIST_MATCH, PLAYLIST,
                PLAYLIST_TRACKS,
                ALBUM_ANNOTATIONS, ARTIST_ANNOTATIONS, STARRED_ALBUMS, STARRED_ARTISTS, RATED_ALBUMS);
    }

    @Test
    void aTrackRating_reloadsTheListenersAnnotationOfTheTrack_andDropsNothingElse() {
        assertThat(Mutation.TRACK_RATED.droppedQueries()).isEmpty();
        assertThat(Mutation.TRACK_RATED.droppedInPartition()).isEmpty();
        assertThat(Mutation.TRACK_RATED.reloadsAnnotation()).isTrue();
        assertThat(Mutation.TRACK_RATED.dropsTrackEntry()).isFalse();
        assertThat(Mutation.TRACK_RATED.droppedAnnotationEntry()).isEmpty();
        assertStaysCached(Mutation.TRACK_RATED, TRACK, ANNOTATIONS, ALL_TRACKS, SEARCH_TRACKS, FAVORITE_TRACKS,
                RECENT_TRACKS, POPULAR_TRACKS, CHART, OWN_CHART, ALBUM_TRACKS, FOUND_TRACKS, ALBUM, ALL_ALBUMS,
                SEARCH_ALBUMS, ARTIST_ALBUMS, ARTIST, ALL_ARTISTS, SEARCH_ARTISTS,
                ARTIST_MATCH, PLAYLIST, VISIBLE_PLAYLISTS,
                PLAYLIST_TRACKS, ALBUM_ANNOTATIONS, ARTIST_ANNOTATIONS, STARRED_ALBUMS, STARRED_ARTISTS, RATED_ALBUMS);
    }

    @Test
    void aStarOrRatingOfAnAlbumOrArtist_dropsTheListenersOwnListItCanChange_andTheirEntryOfIt() {
        assertThat(Mutation.ALBUM_STARRED.droppedInPartition()).containsExactly(STARRED_ALBUMS);
        assertThat(Mutation.ALBUM_STARRED.droppedAnnotationEntry()).contains(ALBUM_ANNOTATIONS);
        assertThat(Mutation.ARTIST_STARRED.droppedInPartition()).containsExactly(STARRED_ARTISTS);
        assertThat(Mutation.ARTIST_STARRED.droppedAnnotationEntry()).contains(ARTIST_ANNOTATIONS);
        assertThat(Mutation.ALBUM_RATED.droppedInPartition()).containsExactly(RATED_ALBUMS);
        assertThat(Mutation.ALBUM_RATED.droppedAnnotationEntry()).contains(ALBUM_ANNOTATIONS);
        assertThat(Mutation.ARTIST_RATED.droppedInPartition()).isEmpty();
        assertThat(Mutation.ARTIST_RATED.droppedAnnotationEntry()).contains(ARTIST_ANNOTATIONS);
        for (Mutation mutation : new Mutation[] {Mutation.ALBUM_STARRED, Mutation.ARTIST_STARRED, Mutation.ALBUM_RATED,
                Mutation.ARTIST_RATED}) {
            assertThat(mutation.reloadsAnnotation()).as(mutation.name()).isFalse();
            assertThat(mutation.dropsTrackEntry()).as(mutation.name()).isFalse();
            assertThat(mutation.dropsPlaylist()).as(mutation.name()).isFalse();
            // the annotation entries and the listener's lists: one entry and one partition, never the whole name
            assertStaysCached(mutation, TRACK, ANNOTATIONS, ALL_TRACKS, SEARCH_TRACKS, FAVORITE_TRACKS,
                    RECENT_TRACKS, POPULAR_TRACKS, CHART, OWN_CHART, ALBUM_TRACKS, FOUND_TRACKS, ALBUM, ALL_ALBUMS,
                    SEARCH_ALBUMS, ARTIST_ALBUMS, ARTIST, ALL_ARTISTS, SEARCH_ARTISTS,
                    ARTIST_MATCH, PLAYLIST, VISIBLE_PLAYLISTS,
                    PLAYLIST_TRACKS, ALBUM_ANNOTATIONS, ARTIST_ANNOTATIONS, STARRED_ALBUMS, STARRED_ARTISTS,
                    RATED_ALBUMS);
        }
    }

    @Test
    void onlyAlbumAndArtistAnnotationRows_dropAnAnnotationEntryOfAnAlbumOrArtist() {
        for (Mutation mutation : Mutation.values()) {
            assertThat(mutation.droppedAnnotationEntry().isPresent()).as(mutation.name()).isEqualTo(
                    mutation.name().startsWith("ALBUM_") && !mutation.name().equals("ALBUM_COVER_FETCHED")
                            || mutation.name().startsWith("ARTIST_") && !mutation.name().equals("ARTIST_MATCHED"));
        }
    }

    @Test
    void onlyPlaylistRows_dropAPlaylist() {
        for (Mutation mutation : Mutation.values()) {
            assertThat(mutation.dropsPlaylist()).as(mutation.name()).isEqualTo(mutation == Mutation.PLAYLIST_CHANGED
                    || mutation == Mutation.PUBLIC_PLAYLIST_CHANGED);
        }
    }

    @Test
    void update_dropsTheTrackSearchesLookupsAndItsAlbumAndArtistReads() {
        // ARTIST too: an artist the track no longer names is deleted when nothing else names it
        // the starred and rated lists too: an album or artist gone takes every listener's star and rating with it
        assertThat(Mutation.TRACK_UPDATED.droppedQueries()).containsExactlyInAnyOrder(SEARCH_TRACKS, ALBUM_TRACKS,
                FOUND_TRACKS, ALBUM, ALL_ALBUMS, SEARCH_ALBUMS, ARTIST_ALBUMS, ARTIST, ALL_ARTISTS, SEARCH_ARTISTS,
                STARRED_ALBUMS, STARRED_ARTISTS, RATED_ALBUMS);
        assertThat(Mutation.TRACK_UPDATED.dropsTrackEntry()).isTrue();
        assertThat(Mutation.TRACK_UPDATED.reloadsTrackEntry()).isTrue();
        // lists of ids whose membership and order do not depend on tags stay cached; they are filled from
        // the (reloaded) per-track entry, so they show the new tags at once
        assertStaysCached(Mutation.TRACK_UPDATED, TRACK, ANNOTATIONS, ALL_TRACKS, FAVORITE_TRACKS, RECENT_TRACKS,
                POPULAR_TRACKS, CHART, OWN_CHART,
                ARTIST_MATCH, PLAYLIST, VISIBLE_PLAYLISTS, PLAYLIST_TRACKS,
                ALBUM_ANNOTATIONS, ARTIST_ANNOTATIONS);
        assertThat(Mutation.TRACK_UPDATED.reloadsAnnotation()).isFalse();
    }

    @Test
    void detailsUpdate_dropsTrackSearchesLookupsAndAlbumTrackLists_keepsAlbumAndArtistReads() {
        assertThat(Mutation.TRACK_DETAILS_UPDATED.droppedQueries())
                .containsExactlyInAnyOrder(SEARCH_TRACKS, FOUND_TRACKS, ALBUM_TRACKS);
        assertThat(Mutation.TRACK_DETAILS_UPDATED.dropsTrackEntry()).isTrue();
        assertThat(Mutation.TRACK_DETAILS_UPDATED.reloadsTrackEntry()).isTrue();
        // a new title, genre or number leaves the track on the same album and artist rows, whose facts do not change
        assertStaysCached(Mutation.TRACK_DETAILS_UPDATED, TRACK, ANNOTATIONS, ALL_TRACKS, FAVORITE_TRACKS,
                RECENT_TRACKS, POPULAR_TRACKS, CHART, OWN_CHART, ALBUM, ALL_ALBUMS, SEARCH_ALBUMS, ARTIST_ALBUMS, ARTIST, ALL_ARTISTS,
                SEARCH_ARTISTS,
                ARTIST_MATCH, PLAYLIST, VISIBLE_PLAYLISTS, PLAYLIST_TRACKS,
                ALBUM_ANNOTATIONS, ARTIST_ANNOTATIONS, STARRED_ALBUMS, STARRED_ARTISTS, RATED_ALBUMS);
    }

    @Test
    void add_dropsWhatANewTrackCanEnter_keepsPlayAndFavoriteLists() {
        assertThat(Mutation.TRACKS_ADDED.droppedQueries()).containsExactlyInAnyOrder(ALL_TRACKS, SEARCH_TRACKS,
                ALBUM_TRACKS, FOUND_TRACKS, ALBUM, ALL_ALBUMS, SEARCH_ALBUMS, ARTIST_ALBUMS, ALL_ARTISTS,
                SEARCH_ARTISTS);
        assertThat(Mutation.TRACKS_ADDED.dropsTrackEntry()).isFalse();
        assertThat(Mutation.TRACKS_ADDED.reloadsTrackEntry()).isFalse();
        // a new track is not a favorite and has no plays; an existing artist's name does not change
        assertStaysCached(Mutation.TRACKS_ADDED, TRACK, ANNOTATIONS, FAVORITE_TRACKS, RECENT_TRACKS, POPULAR_TRACKS,
                CHART, OWN_CHART, ARTIST,
                ARTIST_MATCH, PLAYLIST, VISIBLE_PLAYLISTS, PLAYLIST_TRACKS,
                ALBUM_ANNOTATIONS, ARTIST_ANNOTATIONS, STARRED_ALBUMS, STARRED_ARTISTS, RATED_ALBUMS);
    }

    @Test
    void delete_dropsEveryListAndTheTrackEntry_withoutReloadingIt_keepsOtherTracksEntries() {
        assertThat(Mutation.TRACK_DELETED.droppedQueries())
                .containsExactlyInAnyOrderElementsOf(without(TRACK, ARTIST_MATCH));
        assertThat(Mutation.TRACK_DELETED.dropsTrackEntry()).isTrue();
        assertThat(Mutation.TRACK_DELETED.reloadsTrackEntry()).isFalse();
        assertThat(Mutation.TRACK_DELETED.reloadsAnnotation()).isFalse();
        assertStaysCached(Mutation.TRACK_DELETED, TRACK, ARTIST_MATCH);
    }

    @Test
    void aFolderImageOrAFetchedCover_dropsTheTracksEntriesAndAlbumReads_keepsTrackListsAndArtists() {
        for (Mutation mutation : new Mutation[] {Mutation.FOLDER_IMAGE_CHANGED, Mutation.ALBUM_COVER_FETCHED}) {
            assertThat(mutation.droppedQueries()).as(mutation.name())
                    .containsExactlyInAnyOrder(ALBUM, ALL_ALBUMS, SEARCH_ALBUMS, ARTIST_ALBUMS);
            assertThat(mutation.dropsTrackEntry()).as(mutation.name()).isTrue();
            assertThat(mutation.reloadsTrackEntry()).as(mutation.name()).isFalse();
            assertThat(mutation.reloadsAnnotation()).as(mutation.name()).isFalse();
            // lists hold ids (filled from the dropped entries), and no artist or playlist read shows a cover
            assertStaysCached(mutation, TRACK, ANNOTATIONS, ALL_TRACKS, SEARCH_TRACKS, FAVORITE_TRACKS, RECENT_TRACKS,
                    POPULAR_TRACKS, CHART, OWN_CHART, ALBUM_TRACKS, FOUND_TRACKS, ARTIST, ALL_ARTISTS, SEARCH_ARTISTS,
                    ARTIST_MATCH, PLAYLIST, VISIBLE_PLAYLISTS, PLAYLIST_TRACKS,
                    ALBUM_ANNOTATIONS, ARTIST_ANNOTATIONS, STARRED_ALBUMS, STARRED_ARTISTS, RATED_ALBUMS);
        }
    }

    @Test
    void rescan_dropsEverything() {
        assertThat(Mutation.LIBRARY_RESCANNED.droppedQueries()).containsExactlyInAnyOrderElementsOf(CachedQueries.all());
        assertThat(Mutation.LIBRARY_RESCANNED.reloadsTrackEntry()).isFalse();
    }

    @Test
    void everyRowNamesOnlyKnownQueries_andNoRowClearsEverythingButDeleteAndRescan() {
        for (Mutation mutation : Mutation.values()) {
            assertThat(CachedQueries.all()).containsAll(mutation.droppedQueries());
            if (mutation != Mutation.TRACK_DELETED && mutation != Mutation.LIBRARY_RESCANNED) {
                assertThat(mutation.droppedQueries()).as(mutation.name()).hasSizeLessThan(CachedQueries.all().size() - 1);
            }
        }
    }

    @Test
    void queryNamesAreUnique() {
        assertThat(CachedQueries.names()).hasSameSizeAs(CachedQueries.all());
    }

    /** {@code kept} may name TRACK: per-entry rows drop one track's entry, never the whole name. */
    private static void assertStaysCached(Mutation mutation, NamedQuery<?>... kept) {
        assertThat(mutation.droppedQueries()).as(mutation + " must keep these cached").doesNotContain(kept);
        Set<NamedQuery<?>> everything = new HashSet<>(mutation.droppedQueries());
        everything.addAll(Arrays.asList(kept));
        assertThat(everything).as(mutation + ": every query is either dropped or asserted to stay")
                .containsExactlyInAnyOrderElementsOf(CachedQueries.all());
    }

    private static Set<NamedQuery<?>> without(NamedQuery<?>... queries) {
        Set<NamedQuery<?>> all = new HashSet<>(CachedQueries.all());
        all.removeAll(Arrays.asList(queries));
        return all;
    }
}
