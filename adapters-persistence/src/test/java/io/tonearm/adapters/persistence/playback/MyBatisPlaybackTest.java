package io.tonearm.adapters.persistence.playback;

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
import io.tonearm.domain.playback.Bookmark;
import io.tonearm.domain.playback.Bookmarks;
import io.tonearm.domain.playback.NowPlaying;
import io.tonearm.domain.playback.NowPlayingBoard;
import io.tonearm.domain.playback.PlayQueue;
import io.tonearm.domain.playback.PlayQueues;
import io.tonearm.domain.port.Tracks;
import io.tonearm.domain.user.NewUser;
import io.tonearm.domain.user.PasswordHash;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import io.tonearm.domain.user.Users;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Saved play queues and bookmarks through the real wiring, on the real MariaDB. */
class MyBatisPlaybackTest {
    private static final Instant T = Instant.parse("2026-12-07T10:00:00.123456Z");
    private static final AtomicInteger NAMES = new AtomicInteger();

    private static TestDatabase db;
    private static Injector injector;
    private static PlayQueues queues;
    private static Bookmarks bookmarks;
    private static NowPlayingBoard board;
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
        queues = injector.getInstance(PlayQueues.class);
        bookmarks = injector.getInstance(Bookmarks.class);
        board = injector.getInstance(NowPlayingBoard.class);
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
        one = tracks.add(aTrack().path("/m/1.flac").title("One").build()).id();
        two = tracks.add(aTrack().path("/m/2.flac").title("Two").build()).id();
        three = tracks.add(aTrack().path("/m/3.flac").title("Three").build()).id();
    }

    private static UserId user(String name) {
        return users.add(new NewUser(UserName.of(name + NAMES.incrementAndGet()), new PasswordHash("x"), false, T))
                .id();
    }

    private static UserName nameOf(UserId id) {
        return users.findById(id).orElseThrow().name();
    }

    @Test
    void aSavedQueue_comesBackInOrder_withRepeats_andIsEachUsersOwn() {
        PlayQueue saved = new PlayQueue(List.of(two, one, two, three), 2, 61_500, T, "Symfonium");

        assertThat(queues.save(ann, saved)).isTrue();

        assertThat(queues.find(ann)).contains(saved);
        assertThat(queues.find(bob)).isEmpty();
    }

    @Test
    void savingAgain_replacesTheWholeQueue() {
        queues.save(ann, new PlayQueue(List.of(one, two, three), 0, 5, T, "a"));
        PlayQueue shorter = new PlayQueue(List.of(three), PlayQueue.NONE, 0, T.plusSeconds(1), "b");

        queues.save(ann, shorter);

        assertThat(queues.find(ann)).contains(shorter);
    }

    @Test
    void aQueueWithAnUnknownTrack_isRefusedNamingIt_andTheSavedOneStays() {
        PlayQueue before = new PlayQueue(List.of(one), 0, 0, T, "a");
        queues.save(ann, before);

        assertThatThrownBy(() -> queues.save(ann, new PlayQueue(List.of(two, new TrackId(987_654)), 0, 0, T, "a")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("987654")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("id"));
        assertThat(queues.find(ann)).contains(before);
    }

    @Test
    void aRemovedTrack_leavesTheQueue_andWhenItWasCurrent_thereIsNoCurrentTrack() {
        queues.save(ann, new PlayQueue(List.of(one, two, three), 1, 42_000, T, "a"));

        tracks.delete(two);

        assertThat(queues.find(ann)).contains(new PlayQueue(List.of(one, three), PlayQueue.NONE, 0, T, "a"));
    }

    @Test
    void aRemovedTrackBeforeTheCurrentOne_keepsTheCurrentTrackAndPosition() {
        queues.save(ann, new PlayQueue(List.of(one, two, three), 2, 42_000, T, "a"));

        tracks.delete(one);

        assertThat(queues.find(ann)).contains(new PlayQueue(List.of(two, three), 1, 42_000, T, "a"));
    }

    @Test
    void deletingAQueue_saysWhetherThereWasOne() {
        queues.save(ann, new PlayQueue(List.of(one), 0, 0, T, "a"));

        assertThat(queues.delete(ann)).isTrue();
        assertThat(queues.delete(ann)).isFalse();
        assertThat(queues.find(ann)).isEmpty();
    }

    @Test
    void anUnknownUser_savesNothing() {
        assertThat(queues.save(new UserId(123_456), new PlayQueue(List.of(one), 0, 0, T, "a"))).isFalse();
        assertThat(bookmarks.set(new UserId(123_456), new Bookmark(one, 1, "", T, T))).isFalse();
    }

    @Test
    void aBookmark_isSetOncePerTrack_keepsItsCreation_andListsTheLatestFirst() {
        assertThat(bookmarks.set(ann, new Bookmark(one, 1_000, "chapter 1", T, T))).isTrue();
        assertThat(bookmarks.set(ann, new Bookmark(two, 2_000, "", T.plusSeconds(1), T.plusSeconds(1)))).isTrue();
        assertThat(bookmarks.set(ann, new Bookmark(one, 3_000, "chapter 2", T.plusSeconds(2), T.plusSeconds(2))))
                .isTrue();

        var page = bookmarks.find(ann, PageRequest.first(10));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).containsExactly(
                new Bookmark(one, 3_000, "chapter 2", T, T.plusSeconds(2)),
                new Bookmark(two, 2_000, "", T.plusSeconds(1), T.plusSeconds(1)));
        assertThat(bookmarks.find(bob, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void aBookmarkInAnUnknownTrack_isNotSet_andDeletingSaysWhetherThereWasOne() {
        assertThat(bookmarks.set(ann, new Bookmark(new TrackId(987_654), 1, "", T, T))).isFalse();
        bookmarks.set(ann, new Bookmark(three, 1, "", T, T));

        assertThat(bookmarks.delete(ann, three)).isTrue();
        assertThat(bookmarks.delete(ann, three)).isFalse();
        assertThat(bookmarks.find(ann, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void nowPlaying_isOneEntryPerUserAndPlayer_theLatestFirst_sinceAGivenTime() {
        assertThat(board.set(ann, one, "phone", T)).isTrue();
        assertThat(board.set(ann, two, "phone", T.plusSeconds(10))).isTrue();
        assertThat(board.set(ann, three, "desktop", T.plusSeconds(5))).isTrue();
        assertThat(board.set(bob, one, "", T.minusSeconds(3600))).isTrue();

        assertThat(board.find(T, PageRequest.first(10)).items()).containsExactly(
                new NowPlaying(ann, nameOf(ann), two, "phone", T.plusSeconds(10)),
                new NowPlaying(ann, nameOf(ann), three, "desktop", T.plusSeconds(5)));
        assertThat(board.find(T.minusSeconds(3600), PageRequest.first(10)).total()).isEqualTo(3);
    }

    @Test
    void nowPlaying_ofAnUnknownTrackOrUser_isNotSet_andARemovedTrackLeavesTheBoard() {
        assertThat(board.set(ann, new TrackId(987_654), "phone", T)).isFalse();
        assertThat(board.set(new UserId(123_456), one, "phone", T)).isFalse();
        board.set(ann, three, "phone", T);

        tracks.delete(three);

        assertThat(board.find(T, PageRequest.first(10)).items()).isEmpty();
    }
}
