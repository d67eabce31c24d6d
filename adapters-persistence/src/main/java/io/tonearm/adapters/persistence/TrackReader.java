package io.tonearm.adapters.persistence;

import io.tonearm.domain.Track;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.ibatis.session.SqlSession;

/** Loads whole tracks (row plus ordered artists) in two statements per chunk of ids. */
final class TrackReader {
    static final int CHUNK = 500;

    private TrackReader() {
    }

    /** @return the tracks with these ids that exist, in no particular order */
    static List<Track> load(SqlSession session, Collection<Long> ids) {
        return rows(session, ids).stream().map(TrackRow::toTrack).toList();
    }

    /**
     * Locks the tracks' rows (in id order; not their albums' nor artists'), then reads them. Call it first in
     * a write transaction: the read then sees every row committed before the locks were granted.
     *
     * @return the rows with these ids that exist, with their artists, locked for update
     */
    static List<TrackRow> lockByIds(SqlSession session, Collection<Long> ids) {
        TrackMapper mapper = session.getMapper(TrackMapper.class);
        List<Long> locked = new ArrayList<>();
        for (List<Long> chunk : chunks(new ArrayList<>(new TreeSet<>(ids)), CHUNK)) {
            locked.addAll(mapper.lockIds(chunk));
        }
        return rows(session, locked);
    }

    /** @return the rows with these paths that exist, with their artists, locked for update (see lockByIds) */
    static List<TrackRow> lockByPaths(SqlSession session, Collection<String> paths) {
        TrackMapper mapper = session.getMapper(TrackMapper.class);
        Set<String> wanted = Set.copyOf(paths);
        List<Long> locked = new ArrayList<>();
        for (List<String> chunk : chunks(List.copyOf(paths), Json.CHUNK)) {
            for (KeyedId found : mapper.lockIdsByPaths(Json.strings(chunk))) {
                if (wanted.contains(found.text)) {
                    locked.add(found.id);
                }
            }
        }
        return rows(session, locked);
    }

    private static List<TrackRow> rows(SqlSession session, Collection<Long> ids) {
        TrackMapper mapper = session.getMapper(TrackMapper.class);
        List<TrackRow> rows = new ArrayList<>();
        for (List<Long> chunk : chunks(List.copyOf(ids), CHUNK)) {
            rows.addAll(mapper.selectByIds(chunk));
        }
        withArtists(mapper, rows);
        return rows;
    }

    private static void withArtists(TrackMapper mapper, List<TrackRow> rows) {
        Map<Long, TrackRow> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.id, row));
        Map<Long, List<String>> names = new HashMap<>();
        Map<Long, List<Long>> artistIds = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(byId.keySet()), CHUNK)) {
            for (KeyedId artist : mapper.selectArtistsOf(chunk)) {
                names.computeIfAbsent(artist.id, id -> new ArrayList<>()).add(artist.text);
                artistIds.computeIfAbsent(artist.id, id -> new ArrayList<>()).add(artist.number);
            }
        }
        for (TrackRow row : rows) {
            row.artists = List.copyOf(names.getOrDefault(row.id, List.of()));
            row.artistIds = List.copyOf(artistIds.getOrDefault(row.id, List.of()));
        }
    }

    /** @return the list cut into consecutive sublists of at most {@code size} elements */
    static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += size) {
            chunks.add(list.subList(from, Math.min(list.size(), from + size)));
        }
        return chunks;
    }
}
