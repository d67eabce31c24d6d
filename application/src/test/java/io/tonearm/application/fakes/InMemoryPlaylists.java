package io.tonearm.application.fakes;

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
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * {@link Playlists} in memory, with the rules the MariaDB adapter keeps: entries name existing tracks only (a change
 * naming another is refused whole, naming every unknown id), a track removed from the catalog leaves every
 * playlist, visible lists are ordered by name then id. Counts how often each playlist was read from it.
 */
public final class InMemoryPlaylists implements Playlists {
    private final Function<TrackId, Optional<Track>> tracks;
    private final Function<String, Optional<TrackId>> paths;
    private final Function<UserId, UserName> names;
    private final Map<Long, Stored> stored = new LinkedHashMap<>();
    private final Map<Long, Integer> reads = new HashMap<>();
    private long nextId = 1;

    private record Stored(UserId owner, String name, String comment, boolean isPublic, List<TrackId> entries,
                          Instant createdAt, Instant changedAt) {
    }

    /**
     * @param tracks the catalog's tracks by id (those it answers are the ones that exist)
     * @param paths  the catalog's track by stored path
     * @param names  each owner's name
     */
    public InMemoryPlaylists(Function<TrackId, Optional<Track>> tracks, Function<String, Optional<TrackId>> paths,
                             Function<UserId, UserName> names) {
        this.tracks = tracks;
        this.paths = paths;
        this.names = names;
    }

    /** @return playlists on the tracks of {@code catalog}, every owner named {@code user<id>} */
    public static InMemoryPlaylists on(InMemoryCatalog catalog) {
        return new InMemoryPlaylists(catalog::findById, path -> catalog.atPath(path).map(Track::id),
                id -> UserName.of("user" + id.value()));
    }

    /** @return how often the playlist was read by id from this store */
    public synchronized int reads(PlaylistId id) {
        return reads.getOrDefault(id.value(), 0);
    }

    @Override
    public synchronized Optional<Playlist> findById(PlaylistId id) {
        reads.merge(id.value(), 1, Integer::sum);
        return Optional.ofNullable(stored.get(id.value())).map(row -> playlist(id.value(), row));
    }

    @Override
    public synchronized Page<Playlist> findVisibleTo(UserId viewer, PageRequest page) {
        List<Playlist> visible = stored.entrySet().stream()
                .filter(entry -> entry.getValue().isPublic() || entry.getValue().owner().equals(viewer))
                .map(entry -> playlist(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(Playlist::name).thenComparing(playlist -> playlist.id().value()))
                .toList();
        return page(visible, page);
    }

    @Override
    public synchronized Page<TrackId> findEntries(PlaylistId id, PageRequest page) {
        Stored row = stored.get(id.value());
        return page(row == null ? List.of() : existing(row.entries()), page);
    }

    @Override
    public synchronized Map<String, TrackId> findTracksByPaths(Collection<String> wanted) {
        Map<String, TrackId> found = new HashMap<>();
        wanted.forEach(path -> paths.apply(path).ifPresent(id -> found.put(path, id)));
        return found;
    }

    @Override
    public synchronized Playlist add(NewPlaylist playlist) {
        checkExist(playlist.tracks());
        long id = nextId++;
        stored.put(id, new Stored(playlist.owner(), playlist.name(), playlist.comment(), playlist.isPublic(),
                playlist.tracks(), playlist.createdAt(), playlist.createdAt()));
        return playlist(id, stored.get(id));
    }

    @Override
    public synchronized Optional<Playlist> update(PlaylistId id, PlaylistChanges changes, Instant at) {
        Stored row = stored.get(id.value());
        if (row == null) {
            return Optional.empty();
        }
        String comment = changes.comment() == null ? row.comment()
                : changes.comment().isEmpty() ? null : changes.comment();
        Stored changed = new Stored(row.owner(), changes.name() == null ? row.name() : changes.name(), comment,
                changes.isPublic() == null ? row.isPublic() : changes.isPublic(), row.entries(), row.createdAt(), at);
        stored.put(id.value(), changed);
        return Optional.of(playlist(id.value(), changed));
    }

    @Override
    public synchronized Optional<Playlist> editEntries(PlaylistId id, UnaryOperator<List<TrackId>> edit,
                                                      Instant at) {
        Stored row = stored.get(id.value());
        if (row == null) {
            return Optional.empty();
        }
        List<TrackId> before = existing(row.entries());
        List<TrackId> after = List.copyOf(edit.apply(before));
        if (after.size() > Playlist.MAX_ENTRIES) {
            throw new InvalidValueException("trackIds", "too many entries: " + after.size());
        }
        Set<TrackId> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        checkExist(List.copyOf(added));
        Stored changed = new Stored(row.owner(), row.name(), row.comment(), row.isPublic(), after, row.createdAt(),
                at);
        stored.put(id.value(), changed);
        return Optional.of(playlist(id.value(), changed));
    }

    @Override
    public synchronized Optional<Playlist> change(PlaylistId id, PlaylistChanges changes,
                                                 UnaryOperator<List<TrackId>> edit, Instant at) {
        Stored before = stored.get(id.value());
        if (before == null) {
            return Optional.empty();
        }
        Optional<Playlist> edited = editEntries(id, edit, at); // throws before anything is stored
        return changes.isEmpty() ? edited : update(id, changes, at);
    }

    @Override
    public synchronized boolean delete(PlaylistId id) {
        return stored.remove(id.value()) != null;
    }

    private void checkExist(List<TrackId> wanted) {
        List<Long> unknown = wanted.stream().distinct().filter(id -> tracks.apply(id).isEmpty())
                .map(TrackId::value).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("trackIds", "no track has the ids "
                    + unknown.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }

    private List<TrackId> existing(List<TrackId> entries) {
        return entries.stream().filter(id -> tracks.apply(id).isPresent()).toList();
    }

    private Playlist playlist(long id, Stored row) {
        List<TrackId> entries = existing(row.entries());
        Duration duration = entries.stream().map(entry -> tracks.apply(entry).orElseThrow().duration())
                .reduce(Duration.ZERO, Duration::plus);
        return new Playlist(PlaylistId.of(id), row.owner(), names.apply(row.owner()), row.name(), row.comment(),
                row.isPublic(), entries.size(), duration, row.createdAt(), row.changedAt());
    }

    private static <T> Page<T> page(List<T> all, PageRequest page) {
        List<T> items = new ArrayList<>();
        for (int i = page.offset(); i < all.size() && items.size() < page.limit(); i++) {
            items.add(all.get(i));
        }
        return Page.of(items, all.size(), page);
    }
}
