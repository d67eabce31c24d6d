package io.tonearm.adapters.persistence;

import io.tonearm.adapters.persistence.transactions.DuplicateKeys;
import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.DuplicateTrackPathException;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.TitleAndArtist;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.Tracks;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** {@link Tracks} on MariaDB through MyBatis. */
final class MyBatisTracks implements Tracks {
    private final Transactions transactions;
    private final CatalogWriter writer;
    private final TrackIdAnchors anchors = new TrackIdAnchors();

    @Inject
    MyBatisTracks(Transactions transactions) {
        this(transactions, Clock.systemUTC());
    }

    MyBatisTracks(SqlSessionFactory factory) {
        this(new Transactions(factory), Clock.systemUTC());
    }

    MyBatisTracks(SqlSessionFactory factory, Clock clock) {
        this(new Transactions(factory), clock);
    }

    MyBatisTracks(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.writer = new CatalogWriter(clock);
    }

    @Override
    public Optional<Track> findById(TrackId id) {
        Objects.requireNonNull(id, "id");
        return transactions.read(session -> TrackReader.load(session, List.of(id.value())).stream().findFirst());
    }

    @Override
    public List<Track> findByIds(Collection<TrackId> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> values = ids.stream().map(TrackId::value).distinct().toList();
        return transactions.read(session -> TrackReader.load(session, values));
    }

    @Override
    public Page<TrackId> findAll(PageRequest page) {
        Long after = page.after() == null ? null : Cursor.TRACK_ID.decode(page.after())[0];
        return transactions.read(session -> {
            CatalogMapper catalog = session.getMapper(CatalogMapper.class);
            TrackMapper mapper = session.getMapper(TrackMapper.class);
            long total = catalog.counter("tracks");
            if (after == null && page.offset() >= total) {
                return idPage(page, total, List.of());
            }
            if (after != null || page.offset() < TrackIdAnchors.STRIDE) {
                return idPage(page, total, mapper.selectAll(page.offset(), page.limit(), after));
            }
            TrackIdAnchors.Start start = anchors.start(page.offset(), catalog.counter("track_set_version"),
                    mapper::selectIdAfter);
            return idPage(page, total, start.afterId() == null ? mapper.selectAll(start.skip(), page.limit(), null)
                    : mapper.selectAllAfter(start.afterId(), start.skip(), page.limit()));
        });
    }

    @Override
    public Page<TrackId> search(SearchQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Long after = page.after() == null ? null : Cursor.TRACK_ID.decode(page.after())[0];
        List<String> patterns = SearchTerms.prefixPatterns(query);
        if (patterns.isEmpty()) {
            return Page.empty(0, page);
        }
        return transactions.read(session -> {
            TrackMapper mapper = session.getMapper(TrackMapper.class);
            CatalogMapper catalog = session.getMapper(CatalogMapper.class);
            List<String> planned = patterns.size() < 2 ? patterns : SearchPlanner.rarestFirst(session, patterns,
                    weights(catalog.counter("tracks"), catalog.counter("albums"), catalog.counter("artists")));
            if (after != null) {
                return idPage(page, mapper.countSearch(planned),
                        mapper.search(planned, page.offset(), page.limit(), after));
            }
            List<KeyedId> rows = mapper.searchWithTotal(planned, page.offset(), page.limit());
            long total = rows.isEmpty() ? mapper.countSearch(planned) : rows.get(0).number;
            return idPage(page, total, rows.stream().map(row -> row.id).toList());
        });
    }

    /** A title word is one track; an album's word stands for its tracks, an artist's for theirs. */
    private static ToDoubleFunction<TermCounts> weights(long tracks, long albums, long artists) {
        double perAlbum = SearchPlanner.ratio(tracks, albums);
        double perArtist = SearchPlanner.ratio(tracks, artists);
        return count -> count.trackTerms + count.albumTerms * perAlbum + count.artistTerms * perArtist;
    }

    @Override
    public Page<TrackId> findFavorites(PageRequest page) {
        Long after = page.after() == null ? null : Cursor.TRACK_ID.decode(page.after())[0];
        return transactions.read(session -> idPage(page,
                session.getMapper(CatalogMapper.class).counter("favorites"),
                session.getMapper(TrackMapper.class).selectFavorites(page.offset(), page.limit(), after)));
    }

    @Override
    public Page<TrackId> findRecentlyPlayed(PageRequest page) {
        long[] after = page.after() == null ? null : Cursor.RECENT.decode(page.after());
        Instant afterAt = after == null ? null : Instant.EPOCH.plus(after[0], ChronoUnit.MICROS);
        Long afterId = after == null ? null : after[1];
        return transactions.read(session -> keyedPage(page,
                session.getMapper(CatalogMapper.class).counter("played"),
                session.getMapper(TrackMapper.class).selectRecent(page.offset(), page.limit(), afterAt, afterId),
                last -> Cursor.RECENT.encode(ChronoUnit.MICROS.between(Instant.EPOCH, last.at), last.id)));
    }

    @Override
    public Page<TrackId> findMostPlayed(PageRequest page) {
        long[] after = page.after() == null ? null : Cursor.POPULAR.decode(page.after());
        return transactions.read(session -> keyedPage(page,
                session.getMapper(CatalogMapper.class).counter("played"),
                session.getMapper(TrackMapper.class).selectPopular(page.offset(), page.limit(),
                        after == null ? null : after[0], after == null ? null : after[1]),
                last -> Cursor.POPULAR.encode(last.number, last.id)));
    }

    @Override
    public Page<TrackId> findByAlbum(AlbumId album, PageRequest page) {
        Objects.requireNonNull(album, "album");
        long[] after = page.after() == null ? null : Cursor.ALBUM_TRACK.decode(page.after());
        return transactions.read(session -> {
            AlbumRow row = session.getMapper(AlbumMapper.class).selectById(album.value());
            if (row == null) {
                return Page.<TrackId>empty(0, page);
            }
            List<KeyedId> ids = session.getMapper(TrackMapper.class).selectByAlbum(album.value(), page.offset(),
                    page.limit(), after == null ? null : after[0], after == null ? null : after[1],
                    after == null ? null : after[2]);
            return keyedPage(page, row.trackCount, ids, last -> Cursor.ALBUM_TRACK.encode(last.number, last.pos, last.id));
        });
    }

    @Override
    public List<TrackId> findByTitleAndArtist(Collection<TitleAndArtist> wanted) {
        Objects.requireNonNull(wanted, "wanted");
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<TitleAndArtist> pairs = wanted.stream().distinct().toList();
        return transactions.read(session ->
                        session.getMapper(TrackMapper.class).selectByTitleAndArtist(Json.titleArtistPairs(pairs)))
                .stream().map(TrackId::of).toList();
    }

    @Override
    public Track add(NewTrack track) {
        Objects.requireNonNull(track, "track");
        // The track as written, with the stored spelling of its names: a read could miss the artists and
        // albums other transactions committed after this one's snapshot was taken.
        return addTracks(List.of(track), (session, written) -> written.row(track.path()).toTrack());
    }

    @Override
    public int addAll(List<NewTrack> tracks) {
        Objects.requireNonNull(tracks, "tracks");
        if (tracks.isEmpty()) {
            return 0;
        }
        return addTracks(tracks, (session, written) -> written.changed());
    }

    private <T> T addTracks(List<NewTrack> tracks, BiFunction<SqlSession, CatalogWriter.Written, T> result) {
        Set<String> paths = new HashSet<>();
        for (NewTrack track : tracks) {
            if (!paths.add(Objects.requireNonNull(track, "tracks must not contain null").path())) {
                throw new DuplicateTrackPathException(track.path());
            }
        }
        try {
            return transactions.write(session -> result.apply(session, writer.write(session, tracks, List.of(), false)));
        } catch (PersistenceException e) {
            if (DuplicateKeys.in(e, "uk_tracks_path_hash")) {
                // The unique path index refused a row and everything was rolled back: name a stored path.
                // Checking afterwards instead of before saves a lookup per row on the successful path.
                transactions.read(session -> {
                    rejectKnownPaths(session, tracks);
                    return null;
                });
            }
            throw e;
        }
    }

    private static void rejectKnownPaths(SqlSession session, List<NewTrack> tracks) {
        TrackMapper mapper = session.getMapper(TrackMapper.class);
        List<String> paths = tracks.stream().map(NewTrack::path).toList();
        Set<String> known = new HashSet<>();
        for (List<String> chunk : TrackReader.chunks(paths, Json.CHUNK)) {
            mapper.selectIdsByPaths(Json.strings(chunk)).forEach(found -> known.add(found.text));
        }
        for (String path : paths) {
            if (known.contains(path)) {
                throw new DuplicateTrackPathException(path);
            }
        }
    }


    @Override
    public int upsertAll(List<NewTrack> tracks) {
        Objects.requireNonNull(tracks, "tracks");
        // The last entry for a path wins, as if the list were applied one after another.
        Map<String, NewTrack> byPath = new LinkedHashMap<>();
        for (NewTrack track : tracks) {
            byPath.put(Objects.requireNonNull(track, "tracks must not contain null").path(), track);
        }
        if (byPath.isEmpty()) {
            return 0;
        }
        return transactions.write(session -> {
            Map<String, TrackRow> stored = new LinkedHashMap<>();
            TrackReader.lockByPaths(session, byPath.keySet()).forEach(row -> stored.put(row.path, row));
            List<NewTrack> inserts = new ArrayList<>();
            List<CatalogWriter.Replacement> replacements = new ArrayList<>();
            for (NewTrack track : byPath.values()) {
                TrackRow old = stored.get(track.path());
                if (old == null) {
                    inserts.add(track);
                } else {
                    replacements.add(new CatalogWriter.Replacement(old, track));
                }
            }
            return writer.write(session, inserts, replacements, true).changed();
        });
    }

    @Override
    public Optional<Track> update(TrackId id, TrackChanges changes) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(changes, "changes");
        return transactions.write(session -> {
            List<TrackRow> rows = TrackReader.lockByIds(session, List.of(id.value()));
            if (rows.isEmpty()) {
                return Optional.<Track>empty();
            }
            TrackRow old = rows.get(0);
            if (changes.isEmpty()) {
                return Optional.of(old.toTrack());
            }
            // An edit naming no album artist keeps the current one, derived or not.
            CatalogWriter.Written written = writer.write(session, List.of(), List.of(new CatalogWriter.Replacement(
                    old, merge(old.toTrack(), changes), old.albumArtistDerived && changes.albumArtist() == null)),
                    false);
            return Optional.of(written.row(old.path).toTrack());
        });
    }

    /** @return the track's facts with the given tags replaced, as a command the writer understands */
    private static NewTrack merge(Track track, TrackChanges changes) {
        return new NewTrack(track.path(),
                or(changes.title(), track.title()),
                or(changes.artists(), track.artists()),
                or(changes.album(), track.album()),
                or(changes.albumArtist(), track.albumArtist()),
                or(changes.trackNumber(), track.trackNumber()),
                or(changes.discNumber(), track.discNumber()),
                or(changes.year(), track.year()),
                or(changes.genre(), track.genre()),
                track.duration(), track.bitrate(), track.sampleRate(), track.format(), track.fileSize(),
                track.fileModifiedAt(), track.musicBrainz(), null, null, track.replayGain());
    }

    private static <T> T or(T change, T current) {
        return change != null ? change : current;
    }

    @Override
    public boolean delete(TrackId id) {
        Objects.requireNonNull(id, "id");
        int deleted = transactions.write(session ->
                writer.delete(session, TrackReader.lockByIds(session, List.of(id.value())), false));
        return deleted > 0;
    }

    @Override
    public int deleteAll(Collection<TrackId> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            return 0;
        }
        Set<Long> wanted = new TreeSet<>(); // ascending: concurrent deletes lock rows in one order
        ids.forEach(id -> wanted.add(Objects.requireNonNull(id, "ids contains null").value()));
        return transactions.write(session -> writer.delete(session, TrackReader.lockByIds(session, wanted), true));
    }

    @Override
    public boolean setFavorite(TrackId id, boolean favorite) {
        Objects.requireNonNull(id, "id");
        return transactions.write(session -> {
            Boolean current = session.getMapper(TrackMapper.class).lockFavorite(id.value());
            if (current == null) {
                return false;
            }
            if (current != favorite) {
                session.getMapper(TrackMapper.class).setFavorite(id.value(), favorite);
                session.getMapper(CatalogMapper.class).addToCounter("favorites", favorite ? 1 : -1);
            }
            return true;
        });
    }

    static Page<TrackId> idPage(PageRequest page, long total, List<Long> ids) {
        return new Page<>(ids.stream().map(TrackId::of).toList(), total, page,
                hasNext(page, total, ids.size()) ? Cursor.TRACK_ID.encode(ids.get(ids.size() - 1)) : null);
    }

    static Page<TrackId> keyedPage(PageRequest page, long total, List<KeyedId> ids,
                                           Function<KeyedId, String> cursor) {
        return new Page<>(ids.stream().map(row -> TrackId.of(row.id)).toList(), total, page,
                hasNext(page, total, ids.size()) ? cursor.apply(ids.get(ids.size() - 1)) : null);
    }

    /** A full page that does not reach the total has a following page, reachable with a cursor. */
    static boolean hasNext(PageRequest page, long total, int returned) {
        return returned == page.limit() && page.offset() + returned < total;
    }
}
