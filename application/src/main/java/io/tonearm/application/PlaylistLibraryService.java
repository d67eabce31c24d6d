package io.tonearm.application;

import static io.tonearm.application.LibraryService.pageKey;

import io.tonearm.application.users.Caller;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playlist.NewPlaylist;
import io.tonearm.domain.playlist.Playlist;
import io.tonearm.domain.playlist.PlaylistChanges;
import io.tonearm.domain.playlist.PlaylistId;
import io.tonearm.domain.playlist.Playlists;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.user.UserId;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The playlists, read through the cache: a playlist by id (shared by every reader; who may see it is checked on
 * every read), each user's list of playlists in their partition, a playlist's entries in the playlist's own
 * partition. A change checks the rights on the playlist as stored, then writes and drops the table's row for it.
 */
final class PlaylistLibraryService implements PlaylistLibrary {
    /** How many unknown paths an import names at most. */
    private static final int NAMED_PATHS = 20;

    private final Playlists playlists;
    private final Listeners listeners;
    private final QueryCache cache;
    private final CacheInvalidator invalidator;
    private final ChangeLog changes;
    private final Clock clock;

    PlaylistLibraryService(Playlists playlists, Listeners listeners, QueryCache cache, ChangeLog changes,
                           InvalidationListener listener, Clock clock) {
        this.playlists = playlists;
        this.listeners = listeners;
        this.cache = cache;
        // a playlist's change never reloads a track (Mutation rows PLAYLIST_CHANGED, PUBLIC_PLAYLIST_CHANGED)
        this.invalidator = new CacheInvalidator(cache, id -> {
            throw new IllegalStateException("a playlist's change reloaded the shared entry of track " + id);
        }, listener);
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public Page<Playlist> getPlaylists(Caller caller, PageRequest page) {
        Objects.requireNonNull(caller, "caller");
        return cache.get(CachedQueries.VISIBLE_PLAYLISTS.in(CachedQueries.partitionOf(caller.id())), pageKey(page),
                () -> playlists.findVisibleTo(caller.id(), page));
    }

    @Override
    public Optional<Playlist> getPlaylist(Caller caller, PlaylistId id) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(cache.get(CachedQueries.PLAYLIST, CacheInvalidator.playlistKey(id),
                        () -> playlists.findById(id).orElse(null)))
                .filter(playlist -> mayRead(caller, playlist));
    }

    @Override
    public Page<Track> getPlaylistTracks(Caller caller, PlaylistId id, PageRequest page) {
        Objects.requireNonNull(page, "page");
        if (getPlaylist(caller, id).isEmpty()) {
            return Page.empty(0, page);
        }
        Page<TrackId> entries = cache.get(CachedQueries.PLAYLIST_TRACKS.in(CachedQueries.partitionOf(id)),
                pageKey(page), () -> playlists.findEntries(id, page));
        return entries.withItems(listeners.of(caller.id()).getTracks(entries.items()));
    }

    @Override
    public Playlist createPlaylist(Caller caller, String name, String comment, boolean isPublic,
                                   List<TrackId> tracks) {
        Objects.requireNonNull(caller, "caller");
        NewPlaylist playlist = new NewPlaylist(caller.id(), name, comment, isPublic, checkTracks(tracks),
                clock.instant());
        Mutation mutation = isPublic ? Mutation.PUBLIC_PLAYLIST_CHANGED : Mutation.PLAYLIST_CHANGED;
        CachePartition owner = CachedQueries.partitionOf(caller.id());
        // a new playlist has no cached entry yet (an absent one is never kept): only the lists it enters are dropped
        Playlist created = changes.recording(CacheInvalidator.playlistInvalidation(mutation, null, owner),
                () -> playlists.add(playlist));
        invalidator.invalidatePlaylist(mutation, null, owner);
        return created;
    }

    @Override
    public Playlist importPlaylist(Caller caller, String name, List<String> paths, List<Path> roots) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(roots, "roots");
        Playlist.checkName(name);
        if (paths == null) {
            throw new InvalidValueException("paths", "paths are required");
        }
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        paths.forEach(path -> candidates.computeIfAbsent(path, line -> storedPathsOf(line, roots)));
        Map<String, TrackId> found = playlists.findTracksByPaths(candidates.values().stream()
                .flatMap(List::stream).collect(Collectors.toCollection(LinkedHashSet::new)));
        List<TrackId> tracks = new ArrayList<>(paths.size());
        Set<String> unknown = new LinkedHashSet<>();
        for (String path : paths) {
            Optional<TrackId> track = candidates.get(path).stream().map(found::get).filter(Objects::nonNull)
                    .findFirst();
            track.ifPresentOrElse(tracks::add, () -> unknown.add(path));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("paths", unknown.size() + " of the paths " + (unknown.size() == 1
                    ? "is no track's" : "are no tracks'") + " in the catalog: " + unknown.stream().limit(NAMED_PATHS)
                    .collect(Collectors.joining(", ")) + (unknown.size() > NAMED_PATHS ? ", …" : ""));
        }
        return createPlaylist(caller, name, null, false, tracks);
    }

    /** @return the stored paths a line of a playlist file may mean: itself if absolute, else under each root */
    private static List<String> storedPathsOf(String line, List<Path> roots) {
        Path path;
        try {
            path = Path.of(line);
        } catch (InvalidPathException e) {
            return List.of(line); // no file can have it; named as unknown
        }
        if (path.isAbsolute()) {
            return List.of(line);
        }
        return roots.stream().map(root -> root.resolve(path).normalize().toString()).toList();
    }

    @Override
    public Optional<Playlist> updatePlaylist(Caller caller, PlaylistId id, PlaylistChanges update) {
        Objects.requireNonNull(update, "changes");
        return change(caller, id, update::publicAfter, at -> playlists.update(id, update, at));
    }

    @Override
    public Optional<Playlist> appendTracks(Caller caller, PlaylistId id, List<TrackId> tracks) {
        List<TrackId> added = checkTracks(tracks);
        return editEntries(caller, id, entries -> {
            List<TrackId> after = new ArrayList<>(entries.size() + added.size());
            after.addAll(entries);
            after.addAll(added);
            return after;
        });
    }

    @Override
    public Optional<Playlist> replaceTracks(Caller caller, PlaylistId id, List<TrackId> tracks) {
        List<TrackId> replacing = checkTracks(tracks);
        return editEntries(caller, id, entries -> replacing);
    }

    @Override
    public Optional<Playlist> removeEntries(Caller caller, PlaylistId id, Collection<Integer> indexes) {
        Objects.requireNonNull(indexes, "indexes");
        TreeSet<Integer> removed = new TreeSet<>(indexes);
        return editEntries(caller, id, entries -> without(entries, removed));
    }

    @Override
    public Optional<Playlist> updatePlaylist(Caller caller, PlaylistId id, PlaylistEdit edit) {
        Objects.requireNonNull(edit, "edit");
        TreeSet<Integer> removed = new TreeSet<>(edit.removedIndexes());
        return change(caller, id, edit.changes()::publicAfter, at -> playlists.change(id, edit.changes(), entries -> {
            List<TrackId> after = edit.removesAll() ? new ArrayList<>(edit.appended().size())
                    : without(entries, removed);
            after.addAll(edit.appended());
            return after;
        }, at));
    }

    @Override
    public Optional<Playlist> moveEntry(Caller caller, PlaylistId id, int from, int to) {
        return editEntries(caller, id, entries -> {
            checkIndex("from", from, entries.size());
            checkIndex("to", to, entries.size());
            List<TrackId> after = new ArrayList<>(entries);
            after.add(to, after.remove(from));
            return after;
        });
    }

    @Override
    public boolean deletePlaylist(Caller caller, PlaylistId id) {
        return change(caller, id, playlist -> false, at -> {
            Optional<Playlist> before = playlists.findById(id);
            return playlists.delete(id) ? before : Optional.empty();
        }).isPresent();
    }

    @Override
    public List<Playlist> getPlaylistsOwnedBy(Caller caller, UserId owner) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(owner, "owner");
        // the owner's own list of visible playlists holds all of theirs: read it (cached) rather than a query of its own
        List<Playlist> owned = new ArrayList<>();
        Optional<PageRequest> next = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
        while (next.isPresent()) {
            PageRequest page = next.get();
            Page<Playlist> visible = cache.get(CachedQueries.VISIBLE_PLAYLISTS.in(CachedQueries.partitionOf(owner)),
                    pageKey(page), () -> playlists.findVisibleTo(owner, page));
            visible.items().stream().filter(playlist -> playlist.owner().equals(owner))
                    .filter(playlist -> mayRead(caller, playlist)).forEach(owned::add);
            next = visible.nextPage();
        }
        return List.copyOf(owned);
    }

    // ---- helpers

    /**
     * @return the entries without those at the indexes, in a list that may be changed
     * @throws InvalidValueException naming {@code index} if one is out of range
     */
    private static List<TrackId> without(List<TrackId> entries, TreeSet<Integer> indexes) {
        indexes.forEach(index -> checkIndex("index", index, entries.size()));
        List<TrackId> after = new ArrayList<>(entries);
        indexes.descendingSet().forEach(index -> after.remove((int) index));
        return after;
    }

    private Optional<Playlist> editEntries(Caller caller, PlaylistId id, UnaryOperator<List<TrackId>> edit) {
        return change(caller, id, playlist -> false, at -> playlists.editEntries(id, edit, at));
    }

    /**
     * Checks the caller's rights on the playlist as stored now (not as cached), then writes and drops the table's
     * row: the public one if the playlist is public before or after the change.
     *
     * @param becomesPublic whether the playlist is public after the change, given it as it is before
     */
    private Optional<Playlist> change(Caller caller, PlaylistId id, Predicate<Playlist> becomesPublic,
                                      Function<Instant, Optional<Playlist>> write) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(id, "id");
        Optional<Playlist> stored = playlists.findById(id).filter(playlist -> mayRead(caller, playlist));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Playlist before = stored.get();
        if (!caller.admin() && !before.owner().equals(caller.id())) {
            throw new PlaylistAccessDeniedException(id);
        }
        Mutation mutation = before.isPublic() || becomesPublic.test(before)
                ? Mutation.PUBLIC_PLAYLIST_CHANGED : Mutation.PLAYLIST_CHANGED;
        CachePartition owner = CachedQueries.partitionOf(before.owner());
        Optional<Playlist> after = changes.recording(CacheInvalidator.playlistInvalidation(mutation, id, owner),
                () -> write.apply(clock.instant()));
        invalidator.invalidatePlaylist(mutation, id, owner);
        return after;
    }

    private static boolean mayRead(Caller caller, Playlist playlist) {
        return caller.admin() || playlist.isVisibleTo(caller.id());
    }

    static List<TrackId> checkTracks(List<TrackId> tracks) {
        if (tracks == null) {
            return List.of();
        }
        if (tracks.size() > Playlist.MAX_ENTRIES) {
            throw new InvalidValueException("trackIds", "a playlist holds at most " + Playlist.MAX_ENTRIES
                    + " entries but " + tracks.size() + " were given");
        }
        for (int i = 0; i < tracks.size(); i++) {
            if (tracks.get(i) == null) {
                throw new InvalidValueException("trackIds", "trackIds[" + i + "] is missing");
            }
        }
        return List.copyOf(tracks);
    }

    private static void checkIndex(String field, int index, int size) {
        if (index < 0 || index >= size) {
            throw new InvalidValueException(field, size == 0
                    ? field + " " + index + " is out of range: the playlist has no entries"
                    : field + " must be between 0 and " + (size - 1) + " but was " + index);
        }
    }
}
