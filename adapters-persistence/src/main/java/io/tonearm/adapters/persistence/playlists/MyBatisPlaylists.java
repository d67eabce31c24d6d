package io.tonearm.adapters.persistence.playlists;

import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playlist.NewPlaylist;
import io.tonearm.domain.playlist.Playlist;
import io.tonearm.domain.playlist.PlaylistChanges;
import io.tonearm.domain.playlist.PlaylistId;
import io.tonearm.domain.playlist.Playlists;
import io.tonearm.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;

/**
 * {@link Playlists} on MariaDB. A change of the entries locks the playlist's row, reads its entries, and writes
 * them all again numbered from 0: playlists are thousands of entries at most, and so a removal or a move never
 * has to shift numbers in place. Tracks named by a change are read with a shared lock in the same transaction, so
 * none of them can be deleted before the commit.
 */
final class MyBatisPlaylists implements Playlists {
    /** Ids per IN list and rows per multi-row insert. */
    private static final int CHUNK = 500;

    private final Transactions transactions;

    @Inject
    MyBatisPlaylists(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Playlist> findById(PlaylistId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(transactions.read(s -> mapper(s).selectById(id.value())))
                .map(PlaylistMapper.PlaylistRow::playlist);
    }

    @Override
    public Page<Playlist> findVisibleTo(UserId viewer, PageRequest page) {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(page, "page");
        return transactions.read(s -> {
            PlaylistMapper mapper = mapper(s);
            long total = mapper.countVisible(viewer.value());
            List<Playlist> items = page.offset() >= total ? List.of()
                    : mapper.selectVisible(viewer.value(), page.offset(), page.limit()).stream()
                    .map(PlaylistMapper.PlaylistRow::playlist).toList();
            return Page.of(items, total, page);
        });
    }

    @Override
    public Page<TrackId> findEntries(PlaylistId id, PageRequest page) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(page, "page");
        return transactions.read(s -> {
            PlaylistMapper mapper = mapper(s);
            long total = mapper.countEntries(id.value());
            List<TrackId> items = page.offset() >= total ? List.of()
                    : mapper.selectEntries(id.value(), page.offset(), page.limit()).stream().map(TrackId::of).toList();
            return Page.of(items, total, page);
        });
    }

    @Override
    public Map<String, TrackId> findTracksByPaths(Collection<String> paths) {
        Objects.requireNonNull(paths, "paths");
        List<String> distinct = List.copyOf(new LinkedHashSet<>(paths));
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return transactions.read(s -> {
            Map<String, TrackId> found = new HashMap<>();
            for (List<String> chunk : chunks(distinct)) {
                mapper(s).selectTracksByPaths(chunk).forEach(row -> found.put(row.path, TrackId.of(row.id)));
            }
            return found;
        });
    }

    @Override
    public Playlist add(NewPlaylist playlist) {
        Objects.requireNonNull(playlist, "playlist");
        long id = transactions.write(s -> {
            PlaylistMapper mapper = mapper(s);
            checkTracksExist(mapper, playlist.tracks());
            PlaylistMapper.NewRow row = new PlaylistMapper.NewRow();
            row.ownerId = playlist.owner().value();
            row.name = playlist.name();
            row.comment = playlist.comment();
            row.isPublic = playlist.isPublic();
            row.at = playlist.createdAt();
            mapper.insert(row);
            Transactions.flush(s); // sends the batched insert, which sets the generated id
            insertEntries(mapper, row.id, playlist.tracks());
            return row.id;
        });
        return findById(PlaylistId.of(id)).orElseThrow(() ->
                new IllegalStateException("playlist " + id + " was created and is gone"));
    }

    @Override
    public Optional<Playlist> update(PlaylistId id, PlaylistChanges changes, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(at, "at");
        boolean clear = "".equals(changes.comment());
        boolean exists = transactions.write(s -> {
            mapper(s).update(id.value(), changes.name(), clear ? null : changes.comment(), clear, changes.isPublic(),
                    at);
            return Transactions.flushCount(s) > 0;
        });
        return exists ? findById(id) : Optional.empty();
    }

    @Override
    public Optional<Playlist> editEntries(PlaylistId id, UnaryOperator<List<TrackId>> edit, Instant at) {
        return change(id, new PlaylistChanges(null, null, null), edit, at);
    }

    @Override
    public Optional<Playlist> change(PlaylistId id, PlaylistChanges changes, UnaryOperator<List<TrackId>> edit,
                                     Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(edit, "edit");
        Objects.requireNonNull(at, "at");
        // one transaction, run again whole after a deadlock (Transactions.write): the edit depends on its argument
        boolean exists = transactions.write(s -> {
            PlaylistMapper mapper = mapper(s);
            if (mapper.lockPlaylist(id.value()) == null) {
                return false;
            }
            List<TrackId> before = mapper.selectAllEntries(id.value()).stream().map(TrackId::of).toList();
            List<TrackId> after = List.copyOf(edit.apply(before));
            if (after.size() > Playlist.MAX_ENTRIES) {
                throw new InvalidValueException("trackIds", "a playlist holds at most " + Playlist.MAX_ENTRIES
                        + " entries but would hold " + after.size());
            }
            Set<TrackId> added = new LinkedHashSet<>(after);
            added.removeAll(before);
            checkTracksExist(mapper, List.copyOf(added));
            if (!after.equals(before)) {
                mapper.deleteEntries(id.value());
                insertEntries(mapper, id.value(), after);
            }
            if (changes.isEmpty()) {
                mapper.touch(id.value(), at);
            } else {
                boolean clear = "".equals(changes.comment());
                mapper.update(id.value(), changes.name(), clear ? null : changes.comment(), clear,
                        changes.isPublic(), at);
            }
            return true;
        });
        return exists ? findById(id) : Optional.empty();
    }

    @Override
    public boolean delete(PlaylistId id) {
        Objects.requireNonNull(id, "id");
        return transactions.write(s -> {
            mapper(s).delete(id.value());
            return Transactions.flushCount(s) > 0;
        });
    }

    /** @throws InvalidValueException naming {@code trackIds} and every id of no track */
    private static void checkTracksExist(PlaylistMapper mapper, List<TrackId> tracks) {
        List<Long> wanted = tracks.stream().map(TrackId::value).distinct().toList();
        if (wanted.isEmpty()) {
            return;
        }
        Set<Long> found = new HashSet<>();
        for (List<Long> chunk : chunks(wanted)) {
            found.addAll(mapper.shareTracks(chunk));
        }
        List<Long> unknown = wanted.stream().filter(id -> !found.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("trackIds", "no track has the id" + (unknown.size() == 1 ? " " : "s ")
                    + unknown.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }

    private static void insertEntries(PlaylistMapper mapper, long id, List<TrackId> tracks) {
        List<Long> ids = tracks.stream().map(TrackId::value).toList();
        int first = 0;
        for (List<Long> chunk : chunks(ids)) {
            mapper.insertEntries(id, first, chunk);
            first += chunk.size();
        }
    }

    private static <T> List<List<T>> chunks(List<T> list) {
        List<List<T>> chunks = new ArrayList<>((list.size() + CHUNK - 1) / CHUNK);
        for (int from = 0; from < list.size(); from += CHUNK) {
            chunks.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static PlaylistMapper mapper(SqlSession session) {
        return session.getMapper(PlaylistMapper.class);
    }
}
