package io.tonearm.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.application.fakes.InMemoryCatalog;
import io.tonearm.application.fakes.InMemoryPlaylists;
import io.tonearm.application.fakes.InMemoryQueryCache;
import io.tonearm.application.fakes.TestClock;
import io.tonearm.application.users.Caller;
import io.tonearm.application.users.testing.PassThroughCache;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.TitleAndArtist;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playlist.Playlist;
import io.tonearm.domain.playlist.PlaylistChanges;
import io.tonearm.domain.playlist.PlaylistId;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The invalidation table ({@link Mutation}) against a model that recomputes every answer: for any sequence of
 * catalog changes, (1) every named query whose answer a change alters is dropped by the change's row, so no read
 * after the change returns what it made stale, which the library's cached reads confirm end to end; and (2) every
 * query a row drops is altered by some change of that row, so no row drops a query it cannot affect.
 */
class InvalidationProperties {
    private static final PageRequest PAGE = PageRequest.first(50);
    private static final Duration CHART_WINDOW = Duration.ofDays(7);
    private static final int IDS = 8;

    /** The queries each row was seen to alter, over every sequence tried. */
    private static final Map<Mutation, Set<String>> ALTERED = new EnumMap<>(Mutation.class);

    @Property(tries = 100)
    void everyAlteredQueryIsDroppedByTheChangesRow_andNoCachedReadIsStale(@ForAll("changes") List<Change> changes) {
        run(changes, false);
    }

    /**
     * The same sequences as above, from a fixed seed, so that the search for a change altering each dropped query
     * finds the same witnesses on every run (checked once all tries are done, below).
     */
    @Property(tries = 100, seed = "20261206")
    void theChangesOfAFixedSeed_witnessWhatEachRowDrops(@ForAll("changes") List<Change> changes) {
        run(changes, true);
    }

    private static void run(List<Change> changes, boolean recordAltered) {
        TestClock clock = TestClock.standing();
        InMemoryCatalog catalog = new InMemoryCatalog(clock);
        InMemoryQueryCache cache = new InMemoryQueryCache();
        Library cachedCatalog = Library.create(catalog, catalog.albums(), catalog.artists(), catalog, cache, clock);
        Listeners cached = Listeners.create(cachedCatalog, catalog.annotations(), catalog, cache, ChangeLog.NONE,
                clock);
        PassThroughCache noCache = new PassThroughCache();
        Listeners model = Listeners.create(Library.create(catalog, catalog.albums(), catalog.artists(), catalog,
                noCache, clock), catalog.annotations(), catalog, noCache, ChangeLog.NONE, clock);
        InMemoryPlaylists stored = InMemoryPlaylists.on(catalog);
        PlaylistLibrary cachedPlaylists = PlaylistLibrary.create(stored, cached, cache, ChangeLog.NONE, clock);
        PlaylistLibrary modelPlaylists = PlaylistLibrary.create(stored, model, noCache, ChangeLog.NONE, clock);
        AtomicInteger paths = new AtomicInteger();
        Map<String, Object> before = answers(catalog, stored, clock);
        for (Change change : changes) {
            Mutation row = change.applyTo(cached, new Target(catalog.all().stream().map(t -> t.id()).toList(), clock,
                    paths, cachedPlaylists));
            Map<String, Object> after = answers(catalog, stored, clock);
            Set<String> altered = altered(before, after);
            before = after;
            if (row == null) {
                assertThat(altered).as("a change that did nothing altered").isEmpty();
            } else {
                assertThat(dropped(row, change.by())).as(change + " (row " + row + ") must drop every query it altered")
                        .containsAll(altered);
                if (recordAltered) {
                    synchronized (ALTERED) {
                        ALTERED.computeIfAbsent(row, r -> new HashSet<>()).addAll(withoutPartitions(altered));
                    }
                }
            }
            for (UserId user : LISTENERS) {
                reads().forEach((name, read) -> assertThat(read.apply(cached.of(user)))
                        .as("after " + change + ": " + name + " read by " + user).isEqualTo(read.apply(model.of(user))));
                playlistReads().forEach((name, read) -> assertThat(read.apply(cachedPlaylists, caller(user)))
                        .as("after " + change + ": " + name + " read by " + user)
                        .isEqualTo(read.apply(modelPlaylists, caller(user))));
            }
        }
    }

    @AfterContainer
    static void everyDroppedQueryWasAlteredBySomeChangeOfItsRow() {
        for (Mutation row : List.of(Mutation.TRACKS_ADDED, Mutation.TRACK_UPDATED, Mutation.TRACK_DETAILS_UPDATED,
                Mutation.TRACK_DELETED, Mutation.FAVORITE_SET, Mutation.PLAY_RECORDED, Mutation.PLAYLIST_CHANGED,
                Mutation.PUBLIC_PLAYLIST_CHANGED)) {
            // the model stars and rates no album or artist: that a change removing an album or artist takes every
            // listener's star and rating of it (and so alters these) is shown by MyBatisAlbumArtistAnnotationsTest
            Set<String> witnessed = new HashSet<>(withoutPartitions(dropped(row, null)));
            witnessed.removeAll(Set.of(CachedQueries.STARRED_ALBUMS.name(), CachedQueries.STARRED_ARTISTS.name(),
                    CachedQueries.RATED_ALBUMS.name(), CachedQueries.ALBUM_ANNOTATIONS.name(),
                    CachedQueries.ARTIST_ANNOTATIONS.name()));
            assertThat(ALTERED.getOrDefault(row, Set.of())).as(row + " drops only queries its changes can alter")
                    .containsAll(witnessed);
        }
    }

    /**
     * The answers a row drops when {@code by} made the change (null: nobody in particular): the queries it drops
     * whole, in every listener's partition too, and those it drops in the changer's partition only (in every
     * partition for a change by nobody), with the changer's annotations where the row reloads them.
     */
    private static Set<String> dropped(Mutation row, UserId by) {
        Set<String> dropped = new HashSet<>();
        Set<String> inPartition = new HashSet<>(row.droppedInPartitionNames());
        if (row.reloadsAnnotation()) {
            inPartition.add(CachedQueries.ANNOTATIONS.name());
        }
        if (row.dropsPlaylist()) {
            // the changed playlist's entry and entries (the answers hold every playlist's under one name)
            dropped.add(CachedQueries.PLAYLIST.name());
            dropped.add(CachedQueries.PLAYLIST_TRACKS.name());
        }
        for (String name : row.droppedQueryNames()) {
            dropped.add(name);
            LISTENERS.forEach(user -> dropped.add(name + "@" + user.value()));
        }
        for (String name : inPartition) {
            LISTENERS.stream().filter(user -> by == null || user.equals(by))
                    .forEach(user -> dropped.add(name + "@" + user.value()));
        }
        return dropped;
    }

    private static Set<String> withoutPartitions(Set<String> names) {
        return names.stream().map(name -> name.replaceFirst("@.*", "")).collect(Collectors.toSet());
    }

    /** The two listeners: the changes are made by the first (catalog changes) or either (favorites and plays). */
    private static final List<UserId> LISTENERS = List.of(new UserId(1), new UserId(2));

    // ---- the model: every named query's answers, recomputed from the store

    private static Map<String, Object> answers(InMemoryCatalog catalog, InMemoryPlaylists playlists,
                                               TestClock clock) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (UserId user : LISTENERS) {
            answers.put(CachedQueries.VISIBLE_PLAYLISTS.name() + "@" + user.value(),
                    playlists.findVisibleTo(user, PAGE));
        }
        answers.put(CachedQueries.PLAYLIST.name(), ById.of(id -> playlists.findById(PlaylistId.of(id))));
        answers.put(CachedQueries.PLAYLIST_TRACKS.name(), ids().stream()
                .map(id -> playlists.findEntries(PlaylistId.of(id), PAGE)).toList());
        answers.put(CachedQueries.ALL_TRACKS.name(), catalog.findAll(PAGE));
        answers.put(CachedQueries.SEARCH_TRACKS.name(), List.of(catalog.search(new SearchQuery("a"), PAGE),
                catalog.search(new SearchQuery("x"), PAGE), catalog.search(new SearchQuery("p"), PAGE)));
        for (UserId user : LISTENERS) {
            String in = "@" + user.value();
            answers.put(CachedQueries.FAVORITE_TRACKS.name() + in, catalog.annotations().findFavorites(user, PAGE));
            answers.put(CachedQueries.RECENT_TRACKS.name() + in, catalog.annotations().findRecentlyPlayed(user, PAGE));
            answers.put(CachedQueries.POPULAR_TRACKS.name() + in, catalog.annotations().findMostPlayed(user, PAGE));
            answers.put(CachedQueries.OWN_CHART.name() + in, catalog.chart(user, clock.instant().minus(CHART_WINDOW),
                    PAGE));
            answers.put(CachedQueries.ANNOTATIONS.name() + in, catalog.annotations().findByIds(user,
                    ids().stream().map(TrackId::of).toList()));
        }
        answers.put(CachedQueries.CHART.name(), catalog.chart(clock.instant().minus(CHART_WINDOW), PAGE));
        answers.put(CachedQueries.ALBUM_TRACKS.name(), ids().stream()
                .map(id -> catalog.findByAlbum(AlbumId.of(id), PAGE)).toList());
        answers.put(CachedQueries.FOUND_TRACKS.name(), catalog.findByTitleAndArtist(LOOKUP));
        answers.put(CachedQueries.ALBUM.name(), ById.of(id -> catalog.albums().findById(AlbumId.of(id))));
        answers.put(CachedQueries.ALL_ALBUMS.name(), catalog.albums().findAll(PAGE));
        answers.put(CachedQueries.SEARCH_ALBUMS.name(), List.of(catalog.albums().search(new SearchQuery("p"), PAGE),
                catalog.albums().search(new SearchQuery("w"), PAGE)));
        answers.put(CachedQueries.ARTIST_ALBUMS.name(), ids().stream()
                .map(id -> catalog.albums().findByArtist(new ArtistId(id), PAGE)).toList());
        answers.put(CachedQueries.ARTIST.name(), ById.of(id -> catalog.artists().findById(new ArtistId(id))));
        answers.put(CachedQueries.ALL_ARTISTS.name(), catalog.artists().findAll(PAGE));
        answers.put(CachedQueries.SEARCH_ARTISTS.name(), List.of(catalog.artists().search(new SearchQuery("x"), PAGE),
                catalog.artists().search(new SearchQuery("w"), PAGE)));
        return answers;
    }

    private static final List<TitleAndArtist> LOOKUP = List.of(new TitleAndArtist("a b", "X"),
            new TitleAndArtist("c", "Y"));

    /**
     * A read by id that found nothing is not kept (the cache keeps no null), so such an answer is altered only
     * once it was found: an album or artist that comes into being alters no cached read.
     */
    private static Set<String> altered(Map<String, Object> before, Map<String, Object> after) {
        Set<String> altered = new HashSet<>();
        before.forEach((name, answer) -> {
            Object now = after.get(name);
            boolean changed = answer instanceof ById byId ? byId.alteredIn((ById) now) : !Objects.equals(answer, now);
            if (changed) {
                altered.add(name);
            }
        });
        return altered;
    }

    /** The answers of a read by id, for ids 1 to {@link #IDS}. */
    private record ById(List<Optional<?>> answers) {
        static ById of(Function<Long, Optional<?>> read) {
            return new ById(ids().stream().<Optional<?>>map(read).toList());
        }

        boolean alteredIn(ById later) {
            return IntStream.range(0, answers.size()).anyMatch(i -> answers.get(i).isPresent()
                    && !answers.get(i).equals(later.answers.get(i)));
        }
    }

    /** The library's reads as one listener, each compared between the cached library and the model. */
    private static Map<String, Function<ListenerLibrary, Object>> reads() {
        Map<String, Function<ListenerLibrary, Object>> reads = new LinkedHashMap<>();
        for (long id : ids()) {
            reads.put("track " + id, library -> library.getTrack(TrackId.of(id)));
            reads.put("album " + id, library -> library.getAlbum(AlbumId.of(id)));
            reads.put("album tracks " + id, library -> library.getAlbumTracks(AlbumId.of(id), PAGE));
            reads.put("artist " + id, library -> library.getArtist(new ArtistId(id)));
            reads.put("artist albums " + id, library -> library.getArtistAlbums(new ArtistId(id), PAGE));
        }
        reads.put("all tracks", library -> library.getAllTracks(PAGE));
        reads.put("all tracks, second page", library -> library.getAllTracks(PageRequest.of(2, 2)));
        reads.put("search tracks", library -> library.searchTracks(new SearchQuery("a"), PAGE));
        reads.put("search tracks by artist", library -> library.searchTracks(new SearchQuery("x"), PAGE));
        reads.put("favorites", library -> library.getFavoriteTracks(PAGE));
        reads.put("recent", library -> library.getRecentTracks(PAGE));
        reads.put("popular", library -> library.getPopularTracks(PAGE));
        reads.put("chart", library -> library.getChart(CHART_WINDOW, PAGE));
        reads.put("own chart", library -> library.getOwnChart(CHART_WINDOW, PAGE));
        reads.put("lookup", library -> library.findTracks(LOOKUP));
        reads.put("all albums", library -> library.getAllAlbums(PAGE));
        reads.put("search albums", library -> library.searchAlbums(new SearchQuery("p"), PAGE));
        reads.put("all artists", library -> library.getAllArtists(PAGE));
        reads.put("search artists", library -> library.searchArtists(new SearchQuery("x"), PAGE));
        return reads;
    }

    /** The playlist reads as one caller, each compared between the cached use cases and the model. */
    private static Map<String, BiFunction<PlaylistLibrary, Caller, Object>> playlistReads() {
        Map<String, BiFunction<PlaylistLibrary, Caller, Object>> reads = new LinkedHashMap<>();
        reads.put("playlists", (playlists, caller) -> playlists.getPlaylists(caller, PAGE));
        for (long id : ids()) {
            reads.put("playlist " + id, (playlists, caller) -> playlists.getPlaylist(caller, PlaylistId.of(id)));
            reads.put("playlist tracks " + id,
                    (playlists, caller) -> playlists.getPlaylistTracks(caller, PlaylistId.of(id), PAGE));
        }
        return reads;
    }

    private static Caller caller(UserId user) {
        return new Caller(user, UserName.of("listener" + user.value()), false);
    }

    private static List<Long> ids() {
        return IntStream.rangeClosed(1, IDS).mapToObj(i -> (long) i).toList();
    }

    // ---- the changes

    /**
     * A change made through the first listener's library (or the one it names); returns the row it applied, or
     * null if it changed nothing.
     */
    interface Change {
        Mutation applyTo(Listeners listeners, Target target);

        /** @return the listener whose own annotations the change touches, or null for a change of the catalog */
        default UserId by() {
            return null;
        }
    }

    /** What a change is applied to: the tracks stored, the time, the paths used so far, the playlists. */
    record Target(List<TrackId> stored, TestClock clock, AtomicInteger paths, PlaylistLibrary playlists) {
        /** @return one of the stored tracks, or an unknown id for a pick of {@link #UNKNOWN} or an empty catalog */
        TrackId pick(int pick) {
            return pick == UNKNOWN || stored.isEmpty() ? TrackId.of(999) : stored.get(pick % stored.size());
        }
    }

    private static final int UNKNOWN = 20;

    record Tags(String title, List<String> artists, String album, String albumArtist, Integer year, Integer disc,
                Integer number) {
        NewTrack toNewTrack(int path) {
            return new NewTrack("/music/" + path + ".flac", title, artists, album, albumArtist, number, disc, year,
                    null, Duration.ofSeconds(100), null, null, "FLAC", 1000, Instant.EPOCH, null);
        }
    }

    record Add(Tags tags) implements Change {
        @Override
        public Mutation applyTo(Listeners listeners, Target target) {
            Library library = listeners.of(LISTENERS.get(0));
            library.addTrack(tags.toNewTrack(target.paths().incrementAndGet()));
            return Mutation.TRACKS_ADDED;
        }
    }

    record AddMany(List<Tags> tags) implements Change {
        @Override
        public Mutation applyTo(Listeners listeners, Target target) {
            Library library = listeners.of(LISTENERS.get(0));
            library.addTracks(tags.stream().map(t -> t.toNewTrack(target.paths().incrementAndGet())).toList());
            return Mutation.TRACKS_ADDED;
        }
    }

    record Update(int pick, TrackChanges changes) implements Change {
        @Override
        public Mutation applyTo(Listeners listeners, Target target) {
            Library library = listeners.of(LISTENERS.get(0));
            boolean done = library.updateTrack(target.pick(pick), changes).isPresent();
            return !done ? null : changes.touchesAlbumOrArtists() ? Mutation.TRACK_UPDATED
                    : Mutation.TRACK_DETAILS_UPDATED;
        }
    }

    record Delete(int pick) implements Change {
        @Override
        public Mutation applyTo(Listeners listeners, Target target) {
            Library library = listeners.of(LISTENERS.get(0));
            return library.deleteTrack(target.pick(pick)) ? Mutation.TRACK_DELETED : null;
        }
    }

    record Favorite(int pick, boolean favorite, int listener) implements Change {
        @Override
        public Mutation applyTo(Listeners listeners, Target target) {
            return listeners.of(by()).setTrackFavorite(target.pick(pick), favorite) ? Mutation.FAVORITE_SET : null;
        }

        @Override
        public UserId by() {
            return LISTENERS.get(listener);
        }
    }

    record Play(int pick, int hoursAgo, int listener) implements Change {
        @Override
        public Mutation applyTo(Listeners listeners, Target target) {
            Instant at = target.clock().instant().minus(Duration.ofHours(hoursAgo));
            return listeners.of(by()).recordTrackPlay(target.pick(pick), at).isPresent() ? Mutation.PLAY_RECORDED
                    : null;
        }

        @Override
        public UserId by() {
            return LISTENERS.get(listener);
        }
    }

    /** A listener creates a playlist of some of the stored tracks (unknown picks left out). */
    record CreatePlaylist(List<Integer> picks, boolean isPublic, int listener) implements Change {
        @Override
        public Mutation applyTo(Listeners listeners, Target target) {
            List<TrackId> tracks = picks.stream().filter(pick -> pick != UNKNOWN && !target.stored().isEmpty())
                    .map(target::pick).toList();
            target.playlists().createPlaylist(caller(by()), "list " + picks, null, isPublic, tracks);
            return isPublic ? Mutation.PUBLIC_PLAYLIST_CHANGED : Mutation.PLAYLIST_CHANGED;
        }

        @Override
        public UserId by() {
            return LISTENERS.get(listener);
        }
    }

    /**
     * A listener changes one of their own playlists (the {@code which}-th of theirs): appends a track (an unknown
     * one is refused), renames it, flips its public flag, removes its first entry, or deletes it.
     */
    record ChangePlaylist(int which, int how, int pick, int listener) implements Change {
        @Override
        public Mutation applyTo(Listeners listeners, Target target) {
            PlaylistLibrary playlists = target.playlists();
            Caller caller = caller(by());
            List<Playlist> own = playlists.getPlaylists(caller, PageRequest.first(50)).items().stream()
                    .filter(playlist -> playlist.owner().equals(by())).toList();
            if (own.isEmpty()) {
                return null;
            }
            Playlist playlist = own.get(which % own.size());
            Mutation row = playlist.isPublic() || how == 2 ? Mutation.PUBLIC_PLAYLIST_CHANGED
                    : Mutation.PLAYLIST_CHANGED;
            switch (how) {
                case 0 -> {
                    try {
                        playlists.appendTracks(caller, playlist.id(), List.of(target.pick(pick)));
                    } catch (InvalidValueException e) {
                        return null; // an unknown track: refused whole, nothing altered
                    }
                }
                case 1 -> playlists.updatePlaylist(caller, playlist.id(), new PlaylistChanges("renamed " + pick,
                        null, null));
                case 2 -> playlists.updatePlaylist(caller, playlist.id(), new PlaylistChanges(null, null,
                        !playlist.isPublic()));
                case 3 -> {
                    if (playlist.entryCount() == 0) {
                        return null;
                    }
                    playlists.removeEntries(caller, playlist.id(), List.of(0));
                }
                default -> playlists.deletePlaylist(caller, playlist.id());
            }
            return row;
        }

        @Override
        public UserId by() {
            return LISTENERS.get(listener);
        }
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<Integer> id = Arbitraries.integers().between(0, UNKNOWN);
        Arbitrary<Change> add = tags().map(Add::new);
        Arbitrary<Change> addMany = tags().list().ofMinSize(1).ofMaxSize(3).map(AddMany::new);
        Arbitrary<Change> retag = Combinators.combine(id, tagChanges()).as(Update::new);
        Arbitrary<Change> detailsUpdate = Combinators.combine(id, detailChanges()).as(Update::new);
        Arbitrary<Change> delete = id.map(Delete::new);
        Arbitrary<Integer> listener = Arbitraries.integers().between(0, LISTENERS.size() - 1);
        Arbitrary<Change> favorite = Combinators.combine(id, Arbitraries.integers().between(0, 3).map(i -> i > 0),
                listener).as(Favorite::new);
        Arbitrary<Change> play = Combinators.combine(id, Arbitraries.of(0, 30, 200), listener).as(Play::new);
        Arbitrary<Change> createPlaylist = Combinators.combine(id.list().ofMaxSize(3), Arbitraries.of(true, false),
                listener).as(CreatePlaylist::new);
        Arbitrary<Change> changePlaylist = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 4), id, listener).as(ChangePlaylist::new);
        return Arbitraries.frequencyOf(Tuple.of(3, add), Tuple.of(1, addMany), Tuple.of(3, retag),
                        Tuple.of(3, detailsUpdate), Tuple.of(2, delete), Tuple.of(2, favorite), Tuple.of(3, play),
                        Tuple.of(2, createPlaylist), Tuple.of(3, changePlaylist))
                .list().ofMinSize(6).ofMaxSize(20);
    }

    /** Changes among which one at least touches the artists, album, album artist or year. */
    private static Arbitrary<TrackChanges> tagChanges() {
        return Combinators.combine(
                        Arbitraries.of("a b", "c d").injectNull(0.7),
                        artists().injectNull(0.5),
                        Arbitraries.of("P", "Q", "W").injectNull(0.6),
                        Arbitraries.of("X", "W").injectNull(0.7),
                        Arbitraries.of(1990, 2000).injectNull(0.7))
                .as((title, artists, album, albumArtist, year) ->
                        new TrackChanges(title, artists, album, albumArtist, null, null, year, null))
                .filter(TrackChanges::touchesAlbumOrArtists);
    }

    /** Changes of the title, genre, track or disc number only. */
    private static Arbitrary<TrackChanges> detailChanges() {
        return Combinators.combine(
                        Arbitraries.of("a b", "c d", "b").injectNull(0.5),
                        Arbitraries.integers().between(1, 3).injectNull(0.2),
                        Arbitraries.integers().between(1, 2).injectNull(0.6),
                        Arbitraries.of("Jazz", "Rock").injectNull(0.6))
                .as((title, number, disc, genre) -> new TrackChanges(title, null, null, null, number, disc, null, genre))
                .filter(changes -> !changes.isEmpty());
    }

    private static Arbitrary<Tags> tags() {
        return Combinators.combine(
                        Arbitraries.of("a b", "c d", "b"),
                        artists(),
                        Arbitraries.of("P", "Q").injectNull(0.3),
                        Arbitraries.of("X", "W").injectNull(0.7),
                        Arbitraries.of(1990, 2000).injectNull(0.4),
                        Arbitraries.integers().between(1, 2).injectNull(0.5),
                        Arbitraries.integers().between(1, 3).injectNull(0.3))
                .as(Tags::new);
    }

    private static Arbitrary<List<String>> artists() {
        return Arbitraries.of("X", "Y", "Z").list().ofMinSize(1).ofMaxSize(2).uniqueElements();
    }
}
