package io.tonearm.application;

import static io.tonearm.application.fakes.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.fakes.InMemoryPlaylists;
import io.tonearm.application.users.Caller;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playlist.Playlist;
import io.tonearm.domain.playlist.PlaylistChanges;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.port.LoggedChange;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The playlists use cases: who sees and changes what, bad input named, tracks as the caller sees them, and what
 * each change drops from the cache and writes into the change log.
 */
class PlaylistLibraryTest {
    private static final PageRequest PAGE = PageRequest.first(10);
    private static final Caller ANN = new Caller(UserId.of(1), UserName.of("ann"), false);
    private static final Caller BOB = new Caller(UserId.of(2), UserName.of("bob"), false);
    private static final Caller ADMIN = new Caller(UserId.of(3), UserName.of("root"), true);

    private final LibraryFixture fixture = new LibraryFixture();
    private final InMemoryPlaylists store = InMemoryPlaylists.on(fixture.catalog);
    private final PlaylistLibrary playlists = PlaylistLibrary.create(store, fixture.listeners, fixture.cache,
            fixture.changeLog, fixture.clock);
    private final Track one = fixture.stored(aTrack().path("/music/one.mp3").title("One")
            .duration(Duration.ofSeconds(100)));
    private final Track two = fixture.stored(aTrack().path("/music/two.mp3").title("Two")
            .duration(Duration.ofSeconds(20)));

    private Playlist privateOfAnn() {
        return playlists.createPlaylist(ANN, "ann's", null, false, List.of(one.id(), two.id(), one.id()));
    }

    private Playlist publicOfAnn() {
        return playlists.createPlaylist(ANN, "ann's public", "shared", true, List.of(two.id()));
    }

    @Test
    void aCreatedPlaylist_isTheCallers_withItsEntriesInOrder_countedAndTimed() {
        Playlist created = privateOfAnn();

        assertThat(created.owner()).isEqualTo(ANN.id());
        assertThat(created.entryCount()).isEqualTo(3);
        assertThat(created.duration()).isEqualTo(Duration.ofSeconds(220));
        assertThat(created.createdAt()).isEqualTo(fixture.clock.instant());
        assertThat(playlists.getPlaylistTracks(ANN, created.id(), PAGE).items()).extracting(Track::id)
                .containsExactly(one.id(), two.id(), one.id());
    }

    @Test
    void aPrivatePlaylist_isSeenByItsOwnerAndAdmins_andByNobodyElse_asIfItDidNotExist() {
        Playlist created = privateOfAnn();

        assertThat(playlists.getPlaylist(ANN, created.id())).isPresent();
        assertThat(playlists.getPlaylist(ADMIN, created.id())).isPresent();
        assertThat(playlists.getPlaylist(BOB, created.id())).isEmpty();
        assertThat(playlists.getPlaylistTracks(BOB, created.id(), PAGE).total()).isZero();
        assertThat(playlists.getPlaylists(BOB, PAGE).items()).isEmpty();
        assertThat(playlists.updatePlaylist(BOB, created.id(), new PlaylistChanges("mine", null, null))).isEmpty();
        assertThat(playlists.appendTracks(BOB, created.id(), List.of(one.id()))).isEmpty();
        assertThat(playlists.deletePlaylist(BOB, created.id())).isFalse();
        assertThat(playlists.getPlaylist(ANN, created.id()).orElseThrow().name()).isEqualTo("ann's");
    }

    @Test
    void aPublicPlaylist_isSeenByEverybody_butChangedOnlyByItsOwnerOrAnAdmin() {
        Playlist created = publicOfAnn();

        assertThat(playlists.getPlaylists(BOB, PAGE).items()).extracting(Playlist::id).containsExactly(created.id());
        assertThat(playlists.getPlaylistTracks(BOB, created.id(), PAGE).items()).extracting(Track::id)
                .containsExactly(two.id());
        assertThatThrownBy(() -> playlists.updatePlaylist(BOB, created.id(), new PlaylistChanges("mine", null, null)))
                .isInstanceOf(PlaylistAccessDeniedException.class);
        assertThatThrownBy(() -> playlists.deletePlaylist(BOB, created.id()))
                .isInstanceOf(PlaylistAccessDeniedException.class);
        assertThat(playlists.updatePlaylist(ADMIN, created.id(), new PlaylistChanges("renamed", null, null)))
                .map(Playlist::name).contains("renamed");
        assertThat(playlists.deletePlaylist(ADMIN, created.id())).isTrue();
        assertThat(playlists.getPlaylist(ANN, created.id())).isEmpty();
    }

    @Test
    void aCallerSeesTheirOwnPlaylistsAndOthersPublicOnes_byName() {
        playlists.createPlaylist(BOB, "b: bob's private", null, false, List.of());
        playlists.createPlaylist(BOB, "a: bob's public", null, true, List.of());
        playlists.createPlaylist(ANN, "c: ann's private", null, false, List.of());

        assertThat(playlists.getPlaylists(ANN, PAGE).items()).extracting(Playlist::name)
                .containsExactly("a: bob's public", "c: ann's private");
    }

    @Test
    void aPlaylistsTracks_areAnsweredAsTheCallerSeesThem() {
        Playlist created = publicOfAnn();
        fixture.as(2).setTrackFavorite(two.id(), true);

        assertThat(playlists.getPlaylistTracks(BOB, created.id(), PAGE).items()).extracting(Track::favorite)
                .containsExactly(true);
        assertThat(playlists.getPlaylistTracks(ANN, created.id(), PAGE).items()).extracting(Track::favorite)
                .containsExactly(false);
    }

    @Test
    void unknownTrackIds_areNamed_andNothingIsCreatedOrChanged() {
        assertThatThrownBy(() -> playlists.createPlaylist(ANN, "bad", null, false, List.of(one.id(),
                TrackId.of(98), TrackId.of(99)))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("98, 99");
        assertThat(playlists.getPlaylists(ANN, PAGE).total()).isZero();

        Playlist created = privateOfAnn();
        assertThatThrownBy(() -> playlists.appendTracks(ANN, created.id(), List.of(TrackId.of(98))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("98");
        assertThat(playlists.getPlaylist(ANN, created.id()).orElseThrow().entryCount()).isEqualTo(3);
    }

    @Test
    void aBadName_isNamed() {
        assertThatThrownBy(() -> playlists.createPlaylist(ANN, " ", null, false, List.of()))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> playlists.createPlaylist(ANN, "x".repeat(201), null, false, List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 200");
        assertThatThrownBy(() -> playlists.createPlaylist(ANN, "bell\u0007", null, false, List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("printable");
        assertThat(playlists.createPlaylist(ANN, "x".repeat(200), null, false, List.of()).name()).hasSize(200);
    }

    @Test
    void entriesAreRemovedByIndex_appendedAndMoved() {
        Playlist created = privateOfAnn(); // one, two, one

        playlists.removeEntries(ANN, created.id(), List.of(2, 0));
        assertThat(entries(created)).containsExactly(two.id());

        playlists.appendTracks(ANN, created.id(), List.of(one.id(), one.id()));
        assertThat(entries(created)).containsExactly(two.id(), one.id(), one.id());

        Playlist moved = playlists.moveEntry(ANN, created.id(), 0, 2).orElseThrow();
        assertThat(entries(created)).containsExactly(one.id(), one.id(), two.id());
        assertThat(moved.entryCount()).isEqualTo(3);

        playlists.replaceTracks(ANN, created.id(), List.of(two.id()));
        assertThat(entries(created)).containsExactly(two.id());
    }

    @Test
    void anEdit_renamesRemovesByTheOldIndexesThenAppends_asOneChange() {
        Playlist created = privateOfAnn(); // one, two, one

        Playlist edited = playlists.updatePlaylist(ANN, created.id(), new PlaylistEdit(
                new PlaylistChanges("renamed", "hi", true), Set.of(0, 2), List.of(one.id()))).orElseThrow();

        assertThat(edited.name()).isEqualTo("renamed");
        assertThat(edited.comment()).isEqualTo("hi");
        assertThat(edited.isPublic()).isTrue();
        assertThat(entries(created)).containsExactly(two.id(), one.id());
        assertThat(playlists.getPlaylists(BOB, PAGE).items()).as("made public: every user's list dropped")
                .extracting(Playlist::name).containsExactly("renamed");
    }

    @Test
    void anEditWithABadIndexOrTrack_changesNothing_notEvenTheName() {
        Playlist created = privateOfAnn();
        PlaylistChanges rename = new PlaylistChanges("renamed", null, true);

        assertThatThrownBy(() -> playlists.updatePlaylist(ANN, created.id(), new PlaylistEdit(rename, Set.of(3),
                List.of()))).isInstanceOf(InvalidValueException.class)
                .hasMessage("index must be between 0 and 2 but was 3");
        assertThatThrownBy(() -> playlists.updatePlaylist(ANN, created.id(), new PlaylistEdit(rename, Set.of(),
                List.of(TrackId.of(98))))).isInstanceOf(InvalidValueException.class).hasMessageContaining("98");

        Playlist stored = playlists.getPlaylist(ANN, created.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("ann's");
        assertThat(stored.isPublic()).isFalse();
        assertThat(entries(created)).containsExactly(one.id(), two.id(), one.id());
    }

    @Test
    void aReplacingEdit_renamesAndReplacesEveryEntry_asOneChange_forItsOwnerOrAnAdminOnly() {
        Playlist created = privateOfAnn(); // one, two, one
        Playlist shared = publicOfAnn();
        PlaylistEdit replacing = PlaylistEdit.replacing(new PlaylistChanges("renamed", null, null),
                List.of(two.id(), two.id()));

        Playlist edited = playlists.updatePlaylist(ANN, created.id(), replacing).orElseThrow();

        assertThat(edited.name()).isEqualTo("renamed");
        assertThat(edited.entryCount()).isEqualTo(2);
        assertThat(entries(created)).containsExactly(two.id(), two.id());
        assertThat(playlists.updatePlaylist(BOB, created.id(), replacing)).isEmpty();
        assertThatThrownBy(() -> playlists.updatePlaylist(BOB, shared.id(), replacing))
                .isInstanceOf(PlaylistAccessDeniedException.class);
        assertThat(playlists.getPlaylist(ANN, shared.id()).orElseThrow().name()).isEqualTo("ann's public");
        assertThat(playlists.updatePlaylist(ADMIN, shared.id(), PlaylistEdit.replacing(
                new PlaylistChanges(null, null, null), List.of()))).map(Playlist::entryCount).contains(0);
        assertThatThrownBy(() -> playlists.updatePlaylist(ANN, created.id(), PlaylistEdit.replacing(
                new PlaylistChanges("again", null, null), List.of(one.id(), TrackId.of(98)))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("98");
        assertThat(playlists.getPlaylist(ANN, created.id()).orElseThrow().name()).isEqualTo("renamed");
        assertThat(entries(created)).containsExactly(two.id(), two.id());
        assertThatThrownBy(() -> new PlaylistEdit(new PlaylistChanges(null, null, null), true, Set.of(0), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEdit_ofAnotherUsersPlaylist_isRefusedOrNotFound_andAnEditChecksItsParts() {
        Playlist hidden = privateOfAnn();
        Playlist shared = publicOfAnn();
        PlaylistEdit edit = new PlaylistEdit(new PlaylistChanges("mine", null, null), null, null);

        assertThat(edit.removedIndexes()).isEmpty();
        assertThat(edit.appended()).isEmpty();
        assertThat(playlists.updatePlaylist(BOB, hidden.id(), edit)).isEmpty();
        assertThatThrownBy(() -> playlists.updatePlaylist(BOB, shared.id(), edit))
                .isInstanceOf(PlaylistAccessDeniedException.class);
        assertThat(playlists.updatePlaylist(ADMIN, shared.id(), edit)).map(Playlist::name).contains("mine");
        assertThatThrownBy(() -> new PlaylistEdit(null, Set.of(), List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PlaylistEdit(new PlaylistChanges(null, null, null), Set.of(),
                java.util.Arrays.asList(one.id(), null))).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("trackIds");
    }

    @Test
    void aUsersOwnPlaylists_areAllTheirsForThemOrAnAdmin_andTheirPublicOnesForAnybodyElse() {
        Playlist hidden = privateOfAnn();
        Playlist shared = publicOfAnn();
        playlists.createPlaylist(BOB, "bob's public", null, true, List.of());

        assertThat(playlists.getPlaylistsOwnedBy(ADMIN, ANN.id())).extracting(Playlist::id)
                .containsExactly(hidden.id(), shared.id());
        assertThat(playlists.getPlaylistsOwnedBy(ANN, ANN.id())).extracting(Playlist::id)
                .containsExactly(hidden.id(), shared.id());
        assertThat(playlists.getPlaylistsOwnedBy(BOB, ANN.id())).extracting(Playlist::id)
                .containsExactly(shared.id());
        assertThat(playlists.getPlaylistsOwnedBy(ADMIN, UserId.of(99))).isEmpty();

        playlists.getPlaylistsOwnedBy(ADMIN, ANN.id());
        assertThat(fixture.cache.loads(CachedQueries.VISIBLE_PLAYLISTS)).as("read from the owner's cached list")
                .isEqualTo(2);
    }

    @Test
    void aUsersOwnPlaylists_areReadPastTheFirstPage() {
        for (int i = 0; i < PageRequest.MAX_LIMIT + 1; i++) {
            store.add(new io.tonearm.domain.playlist.NewPlaylist(ANN.id(), "list " + i, null, false, List.of(),
                    fixture.clock.instant()));
        }

        assertThat(playlists.getPlaylistsOwnedBy(ANN, ANN.id())).hasSize(PageRequest.MAX_LIMIT + 1);
    }

    @Test
    void anIndexOutOfRange_isNamed_andNothingChanges() {
        Playlist created = privateOfAnn();

        assertThatThrownBy(() -> playlists.removeEntries(ANN, created.id(), List.of(1, 3)))
                .isInstanceOf(InvalidValueException.class).hasMessage("index must be between 0 and 2 but was 3");
        assertThatThrownBy(() -> playlists.moveEntry(ANN, created.id(), -1, 0))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("from");
        assertThat(entries(created)).containsExactly(one.id(), two.id(), one.id());
    }

    @Test
    void anImport_resolvesEachPathToItsTrack_andAnUnknownPathCreatesNothing() {
        Playlist imported = playlists.importPlaylist(ANN, "imported",
                List.of("/music/two.mp3", "/music/one.mp3", "/music/two.mp3"), List.of());
        assertThat(entries(imported)).containsExactly(two.id(), one.id(), two.id());

        assertThatThrownBy(() -> playlists.importPlaylist(ANN, "bad", List.of("/music/one.mp3", "/music/nope.mp3"),
                List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("/music/nope.mp3")
                .extracting("field").isEqualTo("paths");
        assertThat(playlists.getPlaylists(ANN, PAGE).items()).extracting(Playlist::name).containsExactly("imported");
    }

    @Test
    void anImport_readsARelativePathAgainstEachLibraryRoot_theFirstThatNamesATrackWinning() {
        Playlist imported = playlists.importPlaylist(ANN, "relative", List.of("two.mp3", "./one.mp3", "/music/two.mp3"),
                List.of(Path.of("/elsewhere"), Path.of("/music")));

        assertThat(entries(imported)).containsExactly(two.id(), one.id(), two.id());
        assertThatThrownBy(() -> playlists.importPlaylist(ANN, "bad", List.of("two.mp3"), List.of(Path.of("/other"))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("two.mp3");
    }

    // ---- the cache and the change log

    @Test
    void reads_areCached_untilAChange() {
        Playlist created = privateOfAnn();
        playlists.getPlaylist(ANN, created.id());
        playlists.getPlaylist(ANN, created.id());
        playlists.getPlaylists(ANN, PAGE);
        playlists.getPlaylists(ANN, PAGE);
        playlists.getPlaylistTracks(ANN, created.id(), PAGE);
        playlists.getPlaylistTracks(ANN, created.id(), PAGE);

        assertThat(fixture.cache.loads(CachedQueries.PLAYLIST)).isEqualTo(1);
        assertThat(fixture.cache.loads(CachedQueries.VISIBLE_PLAYLISTS)).isEqualTo(1);
        assertThat(fixture.cache.loads(CachedQueries.PLAYLIST_TRACKS)).isEqualTo(1);

        playlists.appendTracks(ANN, created.id(), List.of(two.id()));

        assertThat(playlists.getPlaylist(ANN, created.id()).orElseThrow().entryCount()).isEqualTo(4);
        assertThat(playlists.getPlaylists(ANN, PAGE).items().get(0).entryCount()).isEqualTo(4);
        assertThat(playlists.getPlaylistTracks(ANN, created.id(), PAGE).total()).isEqualTo(4);
    }

    @Test
    void aPrivatePlaylistsChange_dropsItAndItsOwnersList_andKeepsEverybodyElsesCached() {
        Playlist annsList = privateOfAnn();
        Playlist bobsList = playlists.createPlaylist(BOB, "bob's", null, false, List.of(one.id()));
        readEverything(annsList, bobsList);
        int before = fixture.cache.droppedNames().size();

        playlists.updatePlaylist(ANN, annsList.id(), new PlaylistChanges("renamed", null, null));

        assertThat(droppedSince(before)).containsExactlyInAnyOrder("playlists.visible@user-1",
                "playlist.tracks@playlist-" + annsList.id());
        assertThat(fixture.cache.holds(CachedQueries.PLAYLIST, CacheInvalidator.playlistKey(annsList.id()))).isFalse();
        assertThat(fixture.cache.holds(CachedQueries.PLAYLIST, CacheInvalidator.playlistKey(bobsList.id()))).isTrue();
        assertThat(fixture.cache.holds(CachedQueries.VISIBLE_PLAYLISTS.in(CachePartition.of("user-2")),
                LibraryService.pageKey(PAGE))).isTrue();
        assertThat(fixture.cache.holds(CachedQueries.PLAYLIST_TRACKS.in(CachedQueries.partitionOf(bobsList.id())),
                LibraryService.pageKey(PAGE))).isTrue();
        assertThat(playlists.getPlaylists(ANN, PAGE).items()).extracting(Playlist::name).containsExactly("renamed");
    }

    @Test
    void aPublicPlaylistsChange_dropsEveryUsersList() {
        Playlist annsList = publicOfAnn();
        playlists.getPlaylists(BOB, PAGE);
        int before = fixture.cache.droppedNames().size();

        playlists.updatePlaylist(ANN, annsList.id(), new PlaylistChanges("renamed", null, null));

        assertThat(droppedSince(before)).containsExactlyInAnyOrder("playlists.visible",
                "playlist.tracks@playlist-" + annsList.id());
        assertThat(playlists.getPlaylists(BOB, PAGE).items()).extracting(Playlist::name).containsExactly("renamed");
    }

    @Test
    void makingAPrivatePlaylistPublic_dropsEveryUsersList() {
        Playlist annsList = privateOfAnn();
        assertThat(playlists.getPlaylists(BOB, PAGE).items()).isEmpty();

        playlists.updatePlaylist(ANN, annsList.id(), new PlaylistChanges(null, null, true));

        assertThat(playlists.getPlaylists(BOB, PAGE).items()).extracting(Playlist::id).containsExactly(annsList.id());
    }

    @Test
    void everyChange_writesWhatItDropsIntoTheChangeLog() {
        Playlist annsList = privateOfAnn();
        playlists.appendTracks(ANN, annsList.id(), List.of(one.id()));
        playlists.deletePlaylist(ANN, annsList.id());

        List<CacheInvalidation> logged = fixture.changeLog.rows().stream().map(LoggedChange::invalidation).toList();
        CacheInvalidation change = CacheInvalidator.playlistInvalidation(Mutation.PLAYLIST_CHANGED, annsList.id(),
                CachePartition.of("user-1"));
        assertThat(logged).containsExactly(
                CacheInvalidator.playlistInvalidation(Mutation.PLAYLIST_CHANGED, null, CachePartition.of("user-1")),
                change, change);
        assertThat(change.entries()).extracting(CacheInvalidation.EntryDrop::query).containsExactly("playlist.byId");
        assertThat(change.partitions()).extracting(drop -> drop.query() + "@" + drop.partition())
                .containsExactlyInAnyOrder("playlists.visible@user-1", "playlist.tracks@playlist-" + annsList.id());
        assertThat(change.queries()).isEmpty();
    }

    @Test
    void aTrackRemovedFromTheCatalog_leavesTheCachedPlaylists() {
        Playlist created = privateOfAnn();
        readEverything(created, created);

        assertThat(fixture.library.deleteTrack(one.id())).isTrue();

        assertThat(playlists.getPlaylist(ANN, created.id()).orElseThrow().entryCount()).isEqualTo(1);
        assertThat(playlists.getPlaylists(ANN, PAGE).items().get(0).entryCount()).isEqualTo(1);
        assertThat(playlists.getPlaylistTracks(ANN, created.id(), PAGE).items()).extracting(Track::id)
                .containsExactly(two.id());
    }

    @Test
    void aChangeChecksTheRightsOnThePlaylistAsStored_notAsCached() {
        Playlist created = privateOfAnn();
        playlists.getPlaylist(ANN, created.id());
        int reads = store.reads(created.id());

        playlists.updatePlaylist(ANN, created.id(), new PlaylistChanges(null, "c", null));

        assertThat(store.reads(created.id())).isGreaterThan(reads);
        assertThat(playlists.getPlaylist(ANN, created.id()).orElseThrow().comment()).isEqualTo("c");
    }

    private List<String> droppedSince(int before) {
        List<String> dropped = fixture.cache.droppedNames();
        return dropped.subList(before, dropped.size());
    }

    private List<TrackId> entries(Playlist playlist) {
        return playlists.getPlaylistTracks(ANN, playlist.id(), PageRequest.first(100)).items().stream()
                .map(Track::id).toList();
    }

    private void readEverything(Playlist annsList, Playlist bobsList) {
        for (Caller caller : List.of(ANN, BOB)) {
            playlists.getPlaylists(caller, PAGE);
        }
        playlists.getPlaylist(ANN, annsList.id());
        playlists.getPlaylistTracks(ANN, annsList.id(), PAGE);
        playlists.getPlaylist(BOB, bobsList.id());
        playlists.getPlaylistTracks(BOB, bobsList.id(), PAGE);
    }
}
