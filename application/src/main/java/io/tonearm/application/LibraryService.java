package io.tonearm.application;

import static io.tonearm.application.CacheInvalidator.trackKey;

import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.ChartEntry;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.TitleAndArtist;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.TrackPlays;
import io.tonearm.domain.port.Albums;
import io.tonearm.domain.port.Artists;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.PlayHistory;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.Tracks;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The library's use cases: reads through the query cache, changes followed by their invalidation row, which each
 * change also writes into the change log in its own transaction (for the other processes).
 */
final class LibraryService implements Library {
    private final Tracks tracks;
    private final Albums albums;
    private final Artists artists;
    private final PlayHistory plays;
    private final QueryCache cache;
    private final CacheInvalidator invalidator;
    private final ChangeLog changes;
    private final Clock clock;

    LibraryService(Tracks tracks, Albums albums, Artists artists, PlayHistory plays, QueryCache cache,
                   ChangeLog changes, InvalidationListener listener, Clock clock) {
        this.tracks = tracks;
        this.albums = albums;
        this.artists = artists;
        this.plays = plays;
        this.cache = cache;
        this.invalidator = new CacheInvalidator(cache, tracks::findById, listener);
        this.changes = changes;
        this.clock = clock;
    }

    // ---- tracks: reads

    @Override
    public Optional<Track> getTrack(TrackId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(cache.get(CachedQueries.TRACK, trackKey(id), () -> tracks.findById(id).orElse(null)));
    }

    @Override
    public Page<Track> getAllTracks(PageRequest page) {
        return hydrate(cached(CachedQueries.ALL_TRACKS, pageKey(page), () -> tracks.findAll(page)));
    }

    @Override
    public Page<Track> searchTracks(SearchQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        return hydrate(cached(CachedQueries.SEARCH_TRACKS, pageKey(page, query.text()),
                () -> tracks.search(query, page)));
    }

    @Override
    public Page<ChartEntry> getChart(Duration window, PageRequest page) {
        checkChartWindow(window);
        Page<TrackPlays> chart = cached(CachedQueries.CHART, pageKey(page, window.toSeconds()),
                () -> plays.chart(clock.instant().minus(window), page));
        return chartOf(chart, tracksById(chart.items().stream().map(TrackPlays::trackId).toList()));
    }

    static void checkChartWindow(Duration window) {
        if (window == null || window.compareTo(Duration.ofDays(1)) < 0 || window.compareTo(MAX_CHART_WINDOW) > 0) {
            throw new InvalidValueException("days", "days must be between 1 and " + MAX_CHART_WINDOW.toDays()
                    + " but was " + (window == null ? null : window.toDays()));
        }
    }

    /** @return the chart's lines with their tracks; lines of tracks deleted meanwhile are left out */
    static Page<ChartEntry> chartOf(Page<TrackPlays> chart, Map<TrackId, Track> byId) {
        List<ChartEntry> entries = new ArrayList<>(chart.items().size());
        for (TrackPlays line : chart.items()) {
            Track track = byId.get(line.trackId());
            if (track != null) {
                entries.add(new ChartEntry(track, line.plays()));
            }
        }
        return chart.withItems(entries);
    }

    @Override
    public List<Track> getTracks(List<TrackId> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.size() > MAX_LOOKUPS) {
            throw new InvalidValueException("ids", "at most " + MAX_LOOKUPS + " ids at once but got " + ids.size());
        }
        return inOrder(ids);
    }

    @Override
    public Page<Track> getAlbumTracks(AlbumId album, PageRequest page) {
        Objects.requireNonNull(album, "album");
        return hydrate(cached(CachedQueries.ALBUM_TRACKS, pageKey(page, album.value()),
                () -> tracks.findByAlbum(album, page)));
    }

    @Override
    public List<Track> findTracks(List<TitleAndArtist> wanted) {
        Objects.requireNonNull(wanted, "wanted");
        if (wanted.size() > MAX_LOOKUPS) {
            throw new InvalidValueException("tracks",
                    "at most " + MAX_LOOKUPS + " lookups at once but got " + wanted.size());
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        Object[] parts = wanted.stream().flatMap(pair -> Stream.of(pair.title(), pair.artist()))
                .toArray();
        List<TrackId> ids = cached(CachedQueries.FOUND_TRACKS, CacheKey.of(parts),
                () -> tracks.findByTitleAndArtist(wanted));
        return inOrder(ids);
    }

    // ---- tracks: changes

    @Override
    public Track addTrack(NewTrack track) {
        Objects.requireNonNull(track, "track");
        Track added = changes.recording(CacheInvalidator.invalidation(Mutation.TRACKS_ADDED, null, null),
                () -> tracks.add(track));
        invalidator.invalidate(Mutation.TRACKS_ADDED, added.id());
        return added;
    }

    @Override
    public int addTracks(List<NewTrack> newTracks) {
        if (newTracks == null || newTracks.isEmpty() || newTracks.size() > MAX_BATCH) {
            throw new InvalidValueException("tracks", "tracks must hold 1 to " + MAX_BATCH + " tracks but held "
                    + (newTracks == null ? 0 : newTracks.size()));
        }
        int added = changes.recording(CacheInvalidator.invalidation(Mutation.TRACKS_ADDED, null, null),
                () -> tracks.addAll(newTracks));
        invalidator.invalidate(Mutation.TRACKS_ADDED, null);
        return added;
    }

    @Override
    public Optional<Track> updateTrack(TrackId id, TrackChanges changes) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(changes, "changes");
        if (changes.isEmpty()) {
            return getTrack(id);
        }
        Mutation mutation = changes.touchesAlbumOrArtists() ? Mutation.TRACK_UPDATED : Mutation.TRACK_DETAILS_UPDATED;
        Optional<Track> updated = this.changes.recording(CacheInvalidator.invalidation(mutation, id, null),
                () -> tracks.update(id, changes));
        updated.ifPresent(track -> invalidator.invalidate(mutation, id));
        return updated;
    }

    @Override
    public boolean deleteTrack(TrackId id) {
        Objects.requireNonNull(id, "id");
        boolean deleted = changes.recording(CacheInvalidator.invalidation(Mutation.TRACK_DELETED, id, null),
                () -> tracks.delete(id));
        if (deleted) {
            invalidator.invalidate(Mutation.TRACK_DELETED, id);
        }
        return deleted;
    }

    // ---- albums and artists

    @Override
    public Optional<Album> getAlbum(AlbumId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(cache.get(CachedQueries.ALBUM, CacheKey.of(id.value()),
                () -> albums.findById(id).orElse(null)));
    }

    @Override
    public Page<Album> getAllAlbums(PageRequest page) {
        return cached(CachedQueries.ALL_ALBUMS, pageKey(page), () -> albums.findAll(page));
    }

    @Override
    public Page<Album> searchAlbums(SearchQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        return cached(CachedQueries.SEARCH_ALBUMS, pageKey(page, query.text()), () -> albums.search(query, page));
    }

    @Override
    public Page<Album> getArtistAlbums(ArtistId artist, PageRequest page) {
        Objects.requireNonNull(artist, "artist");
        return cached(CachedQueries.ARTIST_ALBUMS, pageKey(page, artist.value()),
                () -> albums.findByArtist(artist, page));
    }

    @Override
    public Optional<Artist> getArtist(ArtistId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(cache.get(CachedQueries.ARTIST, CacheKey.of(id.value()),
                () -> artists.findById(id).orElse(null)));
    }

    @Override
    public Page<Artist> getAllArtists(PageRequest page) {
        return cached(CachedQueries.ALL_ARTISTS, pageKey(page), () -> artists.findAll(page));
    }

    @Override
    public Page<Artist> searchArtists(SearchQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        return cached(CachedQueries.SEARCH_ARTISTS, pageKey(page, query.text()), () -> artists.search(query, page));
    }

    // ---- helpers

    private <T> T cached(NamedQuery<T> query, CacheKey key, Supplier<T> loader) {
        return cache.get(query, key, loader);
    }

    static CacheKey pageKey(PageRequest page, Object... arguments) {
        Objects.requireNonNull(page, "page");
        Object[] parts = new Object[arguments.length + 3];
        System.arraycopy(arguments, 0, parts, 0, arguments.length);
        parts[arguments.length] = page.offset();
        parts[arguments.length + 1] = page.limit();
        parts[arguments.length + 2] = page.after();
        return CacheKey.of(parts);
    }

    /** Fills a page of ids with the tracks, each from its own cache entry; tracks deleted meanwhile are left out. */
    private Page<Track> hydrate(Page<TrackId> ids) {
        return ids.withItems(inOrder(ids.items()));
    }

    private Map<TrackId, Track> tracksById(List<TrackId> ids) {
        Map<TrackId, Track> byId = new HashMap<>(ids.size() * 2);
        inOrder(ids).forEach(track -> byId.put(track.id(), track));
        return byId;
    }

    /**
     * @return the tracks of {@code ids} in their order (a track named twice, twice), without those that do not exist;
     *     each from the cache, the missing ones loaded together. Lists and maps are made once per call: a page's
     *     twenty lookups are most of a cached read.
     */
    private List<Track> inOrder(List<TrackId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<CacheKey> keys = new ArrayList<>(ids.size());
        for (TrackId id : ids) {
            keys.add(trackKey(id));
        }
        Map<CacheKey, Track> found = cache.getAll(CachedQueries.TRACK, keys, missing -> load(missing, ids, keys));
        List<Track> ordered = new ArrayList<>(ids.size());
        for (CacheKey key : keys) {
            Track track = found.get(key);
            if (track != null) {
                ordered.add(track);
            }
        }
        return ordered;
    }

    private Map<CacheKey, Track> load(Set<CacheKey> missing, List<TrackId> ids, List<CacheKey> keys) {
        List<TrackId> wanted = new ArrayList<>(missing.size());
        for (int i = 0; i < ids.size(); i++) {
            if (missing.contains(keys.get(i))) {
                wanted.add(ids.get(i));
            }
        }
        Map<CacheKey, Track> loaded = new HashMap<>(wanted.size() * 2);
        tracks.findByIds(wanted).forEach(track -> loaded.put(trackKey(track.id()), track));
        return loaded;
    }
}
