package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.TrackReader.chunks;

import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.NewTrack;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.ibatis.session.SqlSession;

/**
 * Writes tracks with everything that hangs on them, inside the caller's transaction: artists and albums are
 * created on first use, search words follow every text change, album facts are recomputed, albums and
 * artists left without a track are removed and the counters move with all of it.
 *
 * <p>Bulk-friendly: artists, albums and search words go in a few statements per {@value #JSON_CHUNK} values
 * (bound as one JSON array each), the tracks and their artist links through MyBatis's BATCH executor, flushed
 * every {@value #FLUSH_EVERY} rows.
 */
final class CatalogWriter {
    static final int FLUSH_EVERY = 1000;
    /** Ids per IN list. */
    private static final int CHUNK = 500;
    private static final int JSON_CHUNK = Json.CHUNK;
    /** DATETIME's range: an instant outside it cannot be stored. */
    private static final Instant EARLIEST = Instant.parse("1000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final Clock clock;

    CatalogWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * A stored track (with its artists) and the facts that are to replace its tags and file facts.
     *
     * @param albumArtistDerived true if the album artist was not named by the file (nor by an edit): a later
     *                           scan may derive it again
     */
    record Replacement(TrackRow old, NewTrack draft, boolean albumArtistDerived) {
        /** A replacement by a file's facts: its album artist is derived when the file names none. */
        Replacement(TrackRow old, NewTrack draft) {
            this(old, draft, draft.albumArtist() == null);
        }
    }

    /**
     * @param inserted the ids of the inserted tracks by path
     * @param changed  how many inserted or replaced tracks really changed
     * @param rows     every inserted and replaced track as it now is (unchanged ones as they were), with the
     *                 stored spelling of names and titles: what a read would answer, without reading
     */
    record Written(Map<String, Long> inserted, int changed, List<TrackRow> rows) {
        /** @return the written track with this path */
        TrackRow row(String path) {
            return rows.stream().filter(row -> row.path.equals(path)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("not written: " + path));
        }
    }

    /**
     * Writes new tracks and replacements; a replacement equal to the stored track writes nothing.
     *
     * @param byDirectory derive the album artist of each track whose file names none from its folder (see
     *                    {@link DerivedAlbumArtists}), moving the folder's stored tracks of that album along;
     *                    otherwise it is the track's first artist
     */
    Written write(SqlSession session, List<NewTrack> inserts, List<Replacement> replacements, boolean byDirectory) {
        TrackMapper tracks = session.getMapper(TrackMapper.class);
        CounterDeltas counters = new CounterDeltas();
        CatalogNames names = new CatalogNames(session, counters);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<NewTrack> drafts = new ArrayList<>(inserts);
        replacements.forEach(r -> drafts.add(r.draft()));
        drafts.forEach(draft -> checkStorable("fileModifiedAt", draft.fileModifiedAt()));

        // What a replacement keeps (its artists, its album) is known and locked with the track: not looked up.
        for (Replacement replacement : replacements) {
            knowKept(names, replacement);
        }
        Map<String, Long> artistIds = names.artists(artistNames(drafts));
        DerivedAlbumArtists derived = byDirectory
                ? DerivedAlbumArtists.decide(tracks, drafts, replacements.stream().map(r -> r.old().id).toList(),
                        artistIds, name -> names.artists(List.of(name)).get(name))
                : DerivedAlbumArtists.NONE;
        Map<String, Long> albumArtistIds = new HashMap<>();
        Set<AlbumKey> wantedAlbums = new LinkedHashSet<>();
        for (NewTrack draft : drafts) {
            Long decided = derived.albumArtistOf(draft.path());
            long albumArtistId = decided != null ? decided : artistIds.get(draft.effectiveAlbumArtist());
            albumArtistIds.put(draft.path(), albumArtistId);
            if (draft.album() != null) {
                wantedAlbums.add(new AlbumKey(albumArtistId, draft.album()));
            }
        }
        derived.moves().forEach(move -> wantedAlbums.add(new AlbumKey(move.albumArtistId(), move.albumTitle())));
        Map<AlbumKey, Long> albumIds = names.albums(wantedAlbums);

        Set<Long> albumsToRefresh = new LinkedHashSet<>();
        Set<Long> artistsMaybeUnused = new LinkedHashSet<>();
        // Statements are queued kind by kind: MyBatis batches consecutive executions of one statement into one
        // JDBC batch, so interleaving kinds row by row would send thousands of tiny batches.
        // Auto-increment ids only grow: the rows inserted below all get ids above this one.
        long lastIdBefore = inserts.isEmpty() ? 0 : tracks.maxTrackId();
        List<TrackRow> newRows = new ArrayList<>();
        for (NewTrack draft : inserts) {
            TrackRow row = row(draft, artistIds, albumArtistIds.get(draft.path()), albumIds, now);
            newRows.add(row);
            tracks.insertTrack(row);
            flushEvery(session, newRows.size());
        }
        Transactions.flush(session);
        Map<String, Long> inserted = insertedIds(tracks, newRows, lastIdBefore);
        // album id -> {tracks added, earliest year (MAX_VALUE: none)}
        Map<Long, int[]> albumDeltas = new TreeMap<>(); // by id: the album rows are this transaction's already
        for (TrackRow row : newRows) {
            row.id = inserted.get(row.path);
            if (row.albumId != null) {
                int[] delta = albumDeltas.computeIfAbsent(row.albumId, id -> new int[] {0, Integer.MAX_VALUE});
                delta[0]++;
                if (row.year != null) {
                    delta[1] = Math.min(delta[1], row.year);
                }
            }
        }
        CatalogMapper catalog = session.getMapper(CatalogMapper.class);
        int albumsQueued = 0;
        for (Map.Entry<Long, int[]> delta : albumDeltas.entrySet()) {
            int earliest = delta.getValue()[1];
            catalog.addToAlbum(delta.getKey(), delta.getValue()[0], earliest == Integer.MAX_VALUE ? null : earliest);
            flushEvery(session, ++albumsQueued);
        }
        Transactions.flush(session);
        // Rows whose artist links, and rows whose title words, are to be (re)written.
        List<TrackRow> relinkArtists = new ArrayList<>(newRows);
        List<TrackRow> reindex = new ArrayList<>(newRows);
        List<Long> unlinkArtists = new ArrayList<>();
        List<Long> unindex = new ArrayList<>();

        int changed = inserts.size();
        List<TrackRow> written = new ArrayList<>(newRows);
        List<TrackRow> updatedRows = new ArrayList<>();
        for (Replacement replacement : replacements) {
            TrackRow old = replacement.old();
            TrackRow row = row(replacement.draft(), artistIds, albumArtistIds.get(replacement.draft().path()),
                    albumIds, now);
            row.albumArtistDerived = replacement.albumArtistDerived();
            row.id = old.id;
            row.keepUnknownCovers(old);
            if (row.sameFactsAs(old)) {
                written.add(old);
                continue;
            }
            row.addedAt = old.addedAt;
            row.favorite = old.favorite;
            row.playCount = old.playCount;
            row.lastPlayedAt = old.lastPlayedAt;
            written.add(row);
            changed++;
            updatedRows.add(row);
            tracks.updateTrack(row);
            flushEvery(session, updatedRows.size());
            if (!row.artistIds.equals(old.artistIds)) {
                unlinkArtists.add(row.id);
                relinkArtists.add(row);
            }
            if (!row.sameSearchTextAs(old)) {
                unindex.add(row.id);
                reindex.add(row);
            }
            // An album's facts (track count, year) change only if a track leaves or joins it or changes year;
            // its artists may be left unused only if the track leaves them. A tag edit touching neither
            // locks nothing but the track.
            if (!Objects.equals(old.albumId, row.albumId) || !Objects.equals(old.year, row.year)) {
                if (old.albumId != null) {
                    albumsToRefresh.add(old.albumId);
                }
                if (row.albumId != null) {
                    albumsToRefresh.add(row.albumId);
                }
            }
            if (!row.artistIds.equals(old.artistIds) || !Objects.equals(old.albumArtistId, row.albumArtistId)
                    || !Objects.equals(old.albumId, row.albumId)) {
                artistsMaybeUnused.addAll(old.artistIds);
                artistsMaybeUnused.add(old.albumArtistId);
            }
        }
        Transactions.flush(session);
        // The folder's stored tracks whose derived album artist the new facts changed follow the decision.
        changed += move(session, tracks, derived.moves(), albumIds, now, albumsToRefresh, artistsMaybeUnused);
        int queued = 0;
        for (long id : unlinkArtists) {
            tracks.deleteTrackArtists(id);
            flushEvery(session, ++queued);
        }
        Transactions.flush(session);
        for (long id : unindex) {
            tracks.deleteTrackTerms(id);
            flushEvery(session, ++queued);
        }
        Transactions.flush(session);
        for (TrackRow row : relinkArtists) {
            for (int position = 0; position < row.artistIds.size(); position++) {
                tracks.insertTrackArtist(row.id, position, row.artistIds.get(position));
                flushEvery(session, ++queued);
            }
        }
        Transactions.flush(session);
        List<TermRow> terms = new ArrayList<>();
        for (TrackRow row : reindex) {
            terms.addAll(SearchTerms.rows(row.id, List.of(row.title)));
        }
        for (List<TermRow> chunk : chunks(terms, JSON_CHUNK)) {
            tracks.insertTrackTerms(Json.terms(chunk));
            Transactions.flush(session); // alone: see CatalogMapper.xml on JSON_TABLE
        }
        Transactions.flush(session);
        removeOrphans(session, catalog, albumsToRefresh, artistsMaybeUnused, counters);
        if (!inserts.isEmpty()) {
            counters.addTracks(inserts.size());
        }
        counters.apply(catalog);
        Transactions.flush(session);
        written.forEach(row -> withStoredNames(row, names));
        return new Written(inserted, changed, written);
    }

    /** @return every track artist and album artist the drafts name */
    private static Set<String> artistNames(List<NewTrack> drafts) {
        Set<String> wanted = new LinkedHashSet<>();
        for (NewTrack draft : drafts) {
            wanted.addAll(draft.artists());
            wanted.add(draft.effectiveAlbumArtist());
        }
        return wanted;
    }

    /**
     * Tells the names what a replacement keeps of its stored track: its artists if it names the same ones,
     * spelled the same, and its album if it keeps the same title and album artist.
     */
    private static void knowKept(CatalogNames names, Replacement replacement) {
        TrackRow old = replacement.old();
        NewTrack draft = replacement.draft();
        if (old.artists.size() == old.artistIds.size()) {
            for (int i = 0; i < old.artists.size(); i++) {
                if (draft.artists().contains(old.artists.get(i))) {
                    names.knowArtist(old.artists.get(i), old.artistIds.get(i));
                }
            }
        }
        boolean sameAlbumArtist = draft.effectiveAlbumArtist().equals(old.albumArtistName);
        if (sameAlbumArtist) {
            names.knowArtist(old.albumArtistName, old.albumArtistId);
        }
        if (sameAlbumArtist && old.albumId != null && draft.album() != null && draft.album().equals(old.albumTitle)) {
            names.knowAlbum(new AlbumKey(old.albumArtistId, old.albumTitle), old.albumId);
        }
    }

    /** Gives a written row the stored spelling of its artists' names and album title, where known. */
    private static void withStoredNames(TrackRow row, CatalogNames names) {
        List<String> artists = names.artistNames(row.artistIds);
        if (artists != null) {
            row.artists = artists;
        }
        String albumArtist = row.albumArtistId == null ? null : names.artistName(row.albumArtistId);
        if (albumArtist != null) {
            row.albumArtistName = albumArtist;
        }
        String album = row.albumId == null ? null : names.albumTitle(row.albumId);
        if (album != null) {
            row.albumTitle = album;
        }
    }

    /**
     * Deletes tracks with their plays, artist links and search words; albums and artists left without a track
     * are removed and the counters move with all of it.
     *
     * @param rows             the tracks, read with their artists and locked in this transaction
     * @param redecideFolders  decide again, without them, the folders whose derived album artist (see
     *                         {@link DerivedAlbumArtists}) they took part in, moving the tracks left as decided
     * @return how many tracks were deleted
     */
    int delete(SqlSession session, List<TrackRow> rows, boolean redecideFolders) {
        if (rows.isEmpty()) {
            return 0;
        }
        CatalogMapper catalog = session.getMapper(CatalogMapper.class);
        TrackMapper tracks = session.getMapper(TrackMapper.class);
        CounterDeltas counters = new CounterDeltas();
        Set<Long> albums = new LinkedHashSet<>();
        Set<Long> artists = new LinkedHashSet<>();
        Set<Map.Entry<String, String>> derivedFolders = new LinkedHashSet<>();
        List<Long> ids = new ArrayList<>();
        int favorites = 0;
        int played = 0;
        for (TrackRow row : rows) {
            ids.add(row.id);
            if (row.albumId != null) {
                albums.add(row.albumId);
                if (redecideFolders && row.albumArtistDerived) {
                    derivedFolders.add(Map.entry(DerivedAlbumArtists.directory(row.path), row.albumTitle));
                }
            }
            artists.addAll(row.artistIds);
            artists.add(row.albumArtistId);
            favorites += row.favorite ? 1 : 0;
            played += row.playCount > 0 ? 1 : 0;
        }
        Transactions.flush(session);
        for (List<Long> chunk : chunks(ids, CHUNK)) {
            tracks.deleteTracks(chunk);
        }
        Transactions.flush(session);
        CatalogNames names = new CatalogNames(session, counters);
        DerivedAlbumArtists derived = DerivedAlbumArtists.afterRemoval(tracks, derivedFolders,
                name -> names.artists(List.of(name)).get(name));
        if (!derived.moves().isEmpty()) {
            Set<AlbumKey> wanted = new LinkedHashSet<>();
            derived.moves().forEach(move -> wanted.add(new AlbumKey(move.albumArtistId(), move.albumTitle())));
            Map<AlbumKey, Long> albumIds = names.albums(wanted);
            move(session, tracks, derived.moves(), albumIds, clock.instant().truncatedTo(ChronoUnit.MICROS),
                    albums, artists);
        }
        removeOrphans(session, catalog, albums, artists, counters);
        counters.addTracks(-rows.size());
        counters.add("favorites", -favorites);
        counters.add("played", -played);
        counters.apply(catalog);
        Transactions.flush(session);
        return rows.size();
    }

    /**
     * Moves stored tracks to the album of their newly decided album artist (same title), noting the albums to
     * refresh and the artists that may now be unused.
     *
     * @return how many tracks moved
     */
    private static int move(SqlSession session, TrackMapper tracks, List<DerivedAlbumArtists.Move> moves,
                            Map<AlbumKey, Long> albumIds, Instant now, Set<Long> albumsToRefresh,
                            Set<Long> artistsMaybeUnused) {
        int moved = 0;
        for (DerivedAlbumArtists.Move move : moves) {
            long albumId = albumIds.get(new AlbumKey(move.albumArtistId(), move.albumTitle()));
            tracks.moveToAlbum(move.trackId(), albumId, move.albumArtistId(), now);
            flushEvery(session, ++moved);
            albumsToRefresh.add(move.oldAlbumId());
            albumsToRefresh.add(albumId);
            artistsMaybeUnused.add(move.oldAlbumArtistId());
        }
        Transactions.flush(session);
        return moved;
    }

    /**
     * Recomputes the albums' facts, then deletes the albums without tracks and the artists nothing names any
     * more, keeping the counters exact.
     */
    private static void removeOrphans(SqlSession session, CatalogMapper catalog, Set<Long> albums,
                                      Set<Long> artists, CounterDeltas counters) {
        Transactions.flush(session);
        albums = new TreeSet<>(albums); // locked in id order
        artists = new TreeSet<>(artists);
        for (List<Long> chunk : chunks(List.copyOf(albums), CHUNK)) {
            catalog.refreshAlbums(chunk);
        }
        Transactions.flush(session);
        int deletedAlbums = 0;
        for (List<Long> chunk : chunks(List.copyOf(albums), CHUNK)) {
            catalog.deleteEmptyAlbums(chunk);
            deletedAlbums += Transactions.flushCount(session);
        }
        int deletedArtists = 0;
        for (List<Long> chunk : chunks(List.copyOf(artists), CHUNK)) {
            catalog.deleteUnusedArtists(chunk);
            deletedArtists += Transactions.flushCount(session);
        }
        counters.add("albums", -deletedAlbums);
        counters.add("artists", -deletedArtists);
        Transactions.flush(session);
    }

    /** @throws InvalidValueException naming the field if DATETIME cannot hold the instant */
    static Instant checkStorable(String field, Instant instant) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidValueException(field,
                    field + " must be between years 1000 and 9999 but was " + instant);
        }
        return instant;
    }

    private static TrackRow row(NewTrack draft, Map<String, Long> artistIds, long albumArtistId,
                                Map<AlbumKey, Long> albumIds, Instant now) {
        Long albumId = draft.album() == null ? null : albumIds.get(new AlbumKey(albumArtistId, draft.album()));
        // Two tag spellings of one artist ("Beyoncé", "BEYONCE") are one artist: link it once.
        List<Long> trackArtistIds = draft.artists().stream().map(artistIds::get).distinct().toList();
        return TrackRow.of(draft, albumId, albumArtistId, trackArtistIds, now);
    }

    /** Sends the batch every {@value #FLUSH_EVERY} statements, bounding the driver's memory. */
    private static void flushEvery(SqlSession session, int queued) {
        if (queued % FLUSH_EVERY == 0) {
            Transactions.flush(session);
        }
    }

    /**
     * @return the ids of the rows just inserted, by path: a primary-key range read instead of one lookup per
     *     path (rows another transaction committed meanwhile are not in our snapshot, or not in our paths)
     */
    private static Map<String, Long> insertedIds(TrackMapper tracks, List<TrackRow> rows, long lastIdBefore) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Set<String> paths = new HashSet<>();
        rows.forEach(row -> paths.add(row.path));
        Map<String, Long> ids = new HashMap<>();
        for (KeyedId found : tracks.selectPathsAfter(lastIdBefore)) {
            if (paths.contains(found.text)) {
                ids.put(found.text, found.id);
            }
        }
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("found " + ids.size() + " of " + rows.size() + " inserted tracks");
        }
        return ids;
    }
}
