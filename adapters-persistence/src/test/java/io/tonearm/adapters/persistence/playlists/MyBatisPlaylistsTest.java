package io.tonearm.adapters.persistence.playlists;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.adapters.persistence.PersistenceModule;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playlist.NewPlaylist;
import io.tonearm.domain.playlist.Playlist;
import io.tonearm.domain.playlist.PlaylistChanges;
import io.tonearm.domain.playlist.PlaylistId;
import io.tonearm.domain.playlist.Playlists;
import io.tonearm.domain.port.Tracks;
import io.tonearm.domain.user.NewUser;
import io.tonearm.domain.user.PasswordHash;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import io.tonearm.domain.user.Users;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Playlists through the real wiring, on the real MariaDB. */
class MyBatisPlaylistsTest {
    private static final Instant T = Instant.parse("2026-12-07T10:00:00.123456Z");
    private static final AtomicInteger NAMES = new AtomicInteger();

    private static TestDatabase db;
    private static Injector injector;
    private static Playlists playlists;
    private static Tracks tracks;
    private static Users users;
    private UserId ann;
    private UserId bob;
    private TrackId one;
    private TrackId two;
    private TrackId three;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        injector = Guice.createInjector(new PersistenceModule(db.settings()));
        playlists = injector.getInstance(Playlists.class);
        tracks = injector.getInstance(Tracks.class);
        users = injector.getInstance(Users.class);
    }

    @AfterAll
    static void close() {
        injector.getInstance(HikariDataSource.class).close();
        db.close();
    }

    @BeforeEach
    void twoUsersAndThreeTracks() {
        db.truncate();
        ann = user("ann");
        bob = user("bob");
        one = tracks.add(aTrack().path("/music/one.mp3").title("One").duration(Duration.ofSeconds(100)).build()).id();
        two = tracks.add(aTrack().path("/music/two.mp3").title("Two").duration(Duration.ofSeconds(20)).build()).id();
        three = tracks.add(aTrack().path("/music/three.mp3").title("Three").duration(Duration.ofSeconds(3)).build())
                .id();
    }

    private static UserId user(String name) {
        return users.add(new NewUser(UserName.of(name + NAMES.incrementAndGet()), new PasswordHash("x"), false, T))
                .id();
    }

    private Playlist create(UserId owner, String name, boolean isPublic, TrackId... entries) {
        return playlists.add(new NewPlaylist(owner, name, null, isPublic, List.of(entries), T));
    }

    @Test
    void aCreatedPlaylist_keepsItsEntriesInOrder_withRepeats_andCountsThemAndTheirDuration() {
        Playlist created = playlists.add(new NewPlaylist(ann, "  Road trip ", "for the car", true,
                List.of(two, one, two), T));

        assertThat(created.name()).isEqualTo("Road trip");
        assertThat(created.comment()).isEqualTo("for the car");
        assertThat(created.isPublic()).isTrue();
        assertThat(created.owner()).isEqualTo(ann);
        assertThat(created.ownerName().value()).startsWith("ann");
        assertThat(created.entryCount()).isEqualTo(3);
        assertThat(created.duration()).isEqualTo(Duration.ofSeconds(140));
        assertThat(created.createdAt()).isEqualTo(T);
        assertThat(created.changedAt()).isEqualTo(T);
        assertThat(playlists.findEntries(created.id(), PageRequest.first(10)).items()).containsExactly(two, one, two);
        assertThat(playlists.findById(created.id())).contains(created);
    }

    @Test
    void entries_arePaged_withTheExactTotal() {
        Playlist created = create(ann, "mix", false, one, two, three, one);

        var page = playlists.findEntries(created.id(), PageRequest.of(1, 2));

        assertThat(page.items()).containsExactly(two, three);
        assertThat(page.total()).isEqualTo(4);
        assertThat(playlists.findEntries(created.id(), PageRequest.of(9, 2)).items()).isEmpty();
    }

    @Test
    void unknownTracks_areNamed_andNothingIsCreated() {
        assertThatThrownBy(() -> create(ann, "bad", false, one, TrackId.of(987_654), TrackId.of(987_655)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("987654, 987655")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("trackIds");

        assertThat(playlists.findVisibleTo(ann, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void aViewerSees_theirOwnPlaylists_andOtherUsersPublicOnes_byName() {
        create(ann, "b private of ann", false);
        create(ann, "d public of ann", true);
        create(bob, "a private of bob", false);
        create(bob, "c public of bob", true);

        assertThat(playlists.findVisibleTo(ann, PageRequest.first(10)).items()).extracting(Playlist::name)
                .containsExactly("b private of ann", "c public of bob", "d public of ann");
        var bobs = playlists.findVisibleTo(bob, PageRequest.of(1, 2));
        assertThat(bobs.items()).extracting(Playlist::name).containsExactly("c public of bob", "d public of ann");
        assertThat(bobs.total()).isEqualTo(3);
    }

    @Test
    void anUpdate_changesOnlyWhatItNames_andMovesTheChangedTimeOn() {
        Playlist created = playlists.add(new NewPlaylist(ann, "old", "a comment", false, List.of(one), T));
        Instant later = T.plusSeconds(60);

        Playlist renamed = playlists.update(created.id(), new PlaylistChanges("new", null, null), later)
                .orElseThrow();
        assertThat(renamed.name()).isEqualTo("new");
        assertThat(renamed.comment()).isEqualTo("a comment");
        assertThat(renamed.isPublic()).isFalse();
        assertThat(renamed.changedAt()).isEqualTo(later);
        assertThat(renamed.createdAt()).isEqualTo(T);

        Playlist cleared = playlists.update(created.id(), new PlaylistChanges(null, " ", true), later).orElseThrow();
        assertThat(cleared.comment()).isNull();
        assertThat(cleared.isPublic()).isTrue();
        assertThat(cleared.name()).isEqualTo("new");

        assertThat(playlists.update(PlaylistId.of(987_654), new PlaylistChanges("x", null, null), later)).isEmpty();
    }

    @Test
    void editingEntries_rewritesThemInTheEditedOrder() {
        Playlist created = create(ann, "mix", false, one, two, three);
        Instant later = T.plusSeconds(60);

        Playlist edited = playlists.editEntries(created.id(), entries -> {
            List<TrackId> moved = new ArrayList<>(entries);
            moved.remove(0);
            moved.add(one);
            moved.add(one);
            return moved;
        }, later).orElseThrow();

        assertThat(playlists.findEntries(created.id(), PageRequest.first(10)).items())
                .containsExactly(two, three, one, one);
        assertThat(edited.entryCount()).isEqualTo(4);
        assertThat(edited.changedAt()).isEqualTo(later);
    }

    @Test
    void anEditAddingAnUnknownTrack_isRefused_andTheEntriesStay() {
        Playlist created = create(ann, "mix", false, one);

        assertThatThrownBy(() -> playlists.editEntries(created.id(), entries -> List.of(one, TrackId.of(987_654)),
                T.plusSeconds(1))).isInstanceOf(InvalidValueException.class).hasMessageContaining("987654");

        assertThat(playlists.findEntries(created.id(), PageRequest.first(10)).items()).containsExactly(one);
        assertThat(playlists.findById(created.id()).orElseThrow().changedAt()).isEqualTo(T);
    }

    @Test
    void aChange_renamesAndEditsTheEntries_together() {
        Playlist created = create(ann, "old", false, one, two);
        Instant later = T.plusSeconds(60);

        Playlist changed = playlists.change(created.id(), new PlaylistChanges("new", "hi", true),
                entries -> List.of(two, three), later).orElseThrow();

        assertThat(changed.name()).isEqualTo("new");
        assertThat(changed.comment()).isEqualTo("hi");
        assertThat(changed.isPublic()).isTrue();
        assertThat(changed.changedAt()).isEqualTo(later);
        assertThat(playlists.findEntries(created.id(), PageRequest.first(10)).items()).containsExactly(two, three);
    }

    @Test
    void aChangeWhoseEditFails_keepsTheNameAsWellAsTheEntries() {
        Playlist created = create(ann, "old", false, one);

        assertThatThrownBy(() -> playlists.change(created.id(), new PlaylistChanges("new", "hi", true), entries -> {
            throw new InvalidValueException("index", "index 5 is out of range");
        }, T.plusSeconds(1))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> playlists.change(created.id(), new PlaylistChanges("new", null, null),
                entries -> List.of(one, TrackId.of(987_654)), T.plusSeconds(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("987654");

        Playlist stored = playlists.findById(created.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("old");
        assertThat(stored.isPublic()).isFalse();
        assertThat(stored.changedAt()).isEqualTo(T);
        assertThat(playlists.findEntries(created.id(), PageRequest.first(10)).items()).containsExactly(one);
    }

    @Test
    void aChangeOfTheNameAlone_keepsTheEntries_andOfAnUnknownPlaylist_findsNothing() {
        Playlist created = create(ann, "old", false, one, one);

        assertThat(playlists.change(created.id(), new PlaylistChanges("new", null, null), entries -> entries,
                T.plusSeconds(5)).orElseThrow().entryCount()).isEqualTo(2);
        assertThat(playlists.change(PlaylistId.of(987_654), new PlaylistChanges("x", null, null), entries -> entries,
                T)).isEmpty();
    }

    @Test
    void editingAnUnknownPlaylist_findsNothing() {
        assertThat(playlists.editEntries(PlaylistId.of(987_654), entries -> entries, T)).isEmpty();
    }

    @Test
    void aRemovedTrack_leavesItsPlaylists_keepingTheOtherEntriesInOrder() {
        Playlist created = create(ann, "mix", false, one, two, one, three);

        assertThat(tracks.delete(one)).isTrue();

        Playlist after = playlists.findById(created.id()).orElseThrow();
        assertThat(after.entryCount()).isEqualTo(2);
        assertThat(after.duration()).isEqualTo(Duration.ofSeconds(23));
        assertThat(playlists.findEntries(created.id(), PageRequest.first(10)).items()).containsExactly(two, three);
    }

    @Test
    void removingAUser_removesTheirPlaylists() {
        Playlist annsList = create(ann, "ann's", true, one);
        Playlist bobsList = create(bob, "bob's", true, one);

        assertThat(users.delete(ann)).isTrue();

        assertThat(playlists.findById(annsList.id())).isEmpty();
        assertThat(playlists.findEntries(annsList.id(), PageRequest.first(10)).total()).isZero();
        assertThat(playlists.findById(bobsList.id())).isPresent();
    }

    @Test
    void delete_removesThePlaylist_andSaysWhetherItExisted() {
        Playlist created = create(ann, "mix", false, one, two);

        assertThat(playlists.delete(created.id())).isTrue();
        assertThat(playlists.delete(created.id())).isFalse();
        assertThat(playlists.findById(created.id())).isEmpty();
    }

    @Test
    void tracksAreFoundByTheirStoredPaths_andUnknownPathsLeftOut() {
        Map<String, TrackId> found = playlists.findTracksByPaths(List.of("/music/two.mp3", "/music/nope.mp3",
                "/music/one.mp3", "/music/two.mp3"));

        assertThat(found).containsExactlyInAnyOrderEntriesOf(Map.of("/music/two.mp3", two, "/music/one.mp3", one));
    }

    @Test
    void namesAreStoredAsGiven_withQuotesAndPercentSigns() {
        Playlist created = create(ann, "100% 'Robert'); DROP TABLE playlists; --", false);

        assertThat(playlists.findById(created.id()).orElseThrow().name())
                .isEqualTo("100% 'Robert'); DROP TABLE playlists; --");
    }
}
