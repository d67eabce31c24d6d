package io.tonearm.adapters.persistence;

import static io.tonearm.adapters.persistence.TrackReader.chunks;

import io.tonearm.adapters.persistence.transactions.Transactions;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;

/**
 * The artists and albums one write names, found or created, in the write's transaction; with their stored
 * spelling, so that the written tracks can be handed back without reading them again.
 *
 * <p>Locks are taken in one order, the same in every transaction, so that two writers naming the same artists
 * and albums queue instead of deadlocking: artists before albums, each sorted by name (ignoring case and
 * accents, as the columns compare). An artist is shared ({@code LOCK IN SHARE MODE}): writers only need it to
 * stay. An album is exclusive from the start ({@code INSERT … ON DUPLICATE KEY UPDATE}, then
 * {@code FOR UPDATE}), because the write goes on to change its track count: taking a shared lock first and
 * upgrading it is what deadlocked two writers adding to one album. Neither statement reads from a subquery, so
 * neither holds the table's AUTO-INC lock to the end of the statement.
 *
 * <p>One instance per attempt of a write transaction: the ids it remembers are that attempt's, and go with it
 * when the attempt is rolled back and run again (see {@link Transactions#write}).
 */
final class CatalogNames {
    /** Values per statement. */
    private static final int CHUNK = 1_000;

    private final SqlSession session;
    private final CatalogMapper catalog;
    private final CounterDeltas counters;
    private final Comparator<String> nameOrder;
    private final Map<String, Long> artistIds = new HashMap<>();
    private final Map<Long, String> artistNames = new HashMap<>();
    private final Map<AlbumKey, Long> albumIds = new HashMap<>();
    private final Map<Long, String> albumTitles = new HashMap<>();

    CatalogNames(SqlSession session, CounterDeltas counters) {
        this.session = session;
        this.catalog = session.getMapper(CatalogMapper.class);
        this.counters = counters;
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        Comparator<String> primary = collator::compare;
        this.nameOrder = primary.thenComparing(Comparator.naturalOrder());
    }

    /** Notes an artist already known (read and locked) in this transaction: it is not looked up again. */
    void knowArtist(String name, long id) {
        artistIds.put(name, id);
        artistNames.putIfAbsent(id, name);
    }

    /** Notes an album already known (read and locked) in this transaction: it is not looked up again. */
    void knowAlbum(AlbumKey key, long id) {
        albumIds.put(key, id);
        albumTitles.putIfAbsent(id, key.title());
    }

    /** @return the id of every artist named, by name as asked; the missing ones are created */
    Map<String, Long> artists(Collection<String> names) {
        List<String> missing = names.stream().filter(name -> !artistIds.containsKey(name)).distinct()
                .sorted(nameOrder).toList();
        if (!missing.isEmpty()) {
            Transactions.flush(session);
            int created = 0;
            for (List<String> chunk : chunks(missing, CHUNK)) {
                catalog.insertArtists(chunk);
                created += Transactions.flushCount(session);
            }
            List<TermRow> terms = new ArrayList<>();
            for (List<String> chunk : chunks(missing, CHUNK)) {
                for (KeyedId found : catalog.selectArtistIds(Json.strings(chunk))) {
                    artistIds.put(chunk.get(found.pos), found.id);
                    if (artistNames.put(found.id, found.text) == null && created > 0) {
                        terms.addAll(SearchTerms.rows(found.id, List.of(found.text)));
                    }
                }
            }
            for (String name : missing) {
                if (!artistIds.containsKey(name)) {
                    throw new IllegalStateException("artist not found after insert: " + name);
                }
            }
            // Words of the artists created (some were there already: their words are ignored as duplicates).
            for (List<TermRow> chunk : chunks(terms, Json.CHUNK)) {
                catalog.insertArtistTerms(Json.terms(chunk));
                Transactions.flush(session); // alone: see CatalogMapper.xml on JSON_TABLE
            }
            counters.add("artists", created);
        }
        Map<String, Long> ids = new HashMap<>();
        names.forEach(name -> ids.put(name, artistIds.get(name)));
        return ids;
    }

    /** @return the id of every album wanted; the missing ones are created; all are locked for update */
    Map<AlbumKey, Long> albums(Collection<AlbumKey> keys) {
        Comparator<AlbumKey> order = Comparator.comparingLong(AlbumKey::artistId)
                .thenComparing(AlbumKey::title, nameOrder);
        List<AlbumKey> missing = keys.stream().filter(key -> !albumIds.containsKey(key)).distinct().sorted(order)
                .toList();
        if (!missing.isEmpty()) {
            Transactions.flush(session);
            for (List<AlbumKey> chunk : chunks(missing, CHUNK)) {
                catalog.insertAlbums(chunk);
                Transactions.flush(session);
            }
            int created = 0;
            List<TermRow> terms = new ArrayList<>();
            for (List<AlbumKey> chunk : chunks(missing, Json.CHUNK)) {
                for (KeyedId found : catalog.selectAlbumIds(Json.albumKeys(chunk))) {
                    albumIds.put(chunk.get(found.pos), found.id);
                    // A committed album always has a track: one without is this transaction's own, new one.
                    if (albumTitles.put(found.id, found.text) == null && found.number == 0) {
                        created++;
                        terms.addAll(SearchTerms.rows(found.id, List.of(found.text)));
                    }
                }
            }
            for (AlbumKey key : missing) {
                if (!albumIds.containsKey(key)) {
                    throw new IllegalStateException("album not found after insert: " + key);
                }
            }
            for (List<TermRow> chunk : chunks(terms, Json.CHUNK)) {
                catalog.insertAlbumTerms(Json.terms(chunk));
                Transactions.flush(session); // alone: see CatalogMapper.xml on JSON_TABLE
            }
            counters.add("albums", created);
        }
        Map<AlbumKey, Long> ids = new HashMap<>();
        keys.forEach(key -> ids.put(key, albumIds.get(key)));
        return ids;
    }

    /** @return the stored spelling of a known artist's name, or null */
    String artistName(long id) {
        return artistNames.get(id);
    }

    /** @return the stored spelling of a known album's title, or null */
    String albumTitle(long id) {
        return albumTitles.get(id);
    }

    /** @return the names of the given artist ids, for those known */
    List<String> artistNames(List<Long> ids) {
        List<String> names = new ArrayList<>(ids.size());
        for (long id : ids) {
            String name = artistNames.get(id);
            if (name == null) {
                return null;
            }
            names.add(name);
        }
        return names;
    }
}
