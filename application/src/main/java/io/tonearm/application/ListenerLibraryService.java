package io.tonearm.application;

import static io.tonearm.application.CacheInvalidator.trackKey;
import static io.tonearm.application.LibraryService.pageKey;

import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.ChartEntry;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.PlayEvent;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.TitleAndArtist;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.TrackPlays;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.PlayHistory;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.TrackAnnotations;
import io.tonearm.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One listener's view: catalog answers come from the shared library (and its shared cache entries) and are
 * completed with the listener's annotations, each cached per track in the listener's partition; the listener's
 * lists and changes are cached and invalidated in that partition only.
 */
final class ListenerLibraryService implements ListenerLibrary {
    /** A play may be stamped slightly ahead of this node's clock (another device's clock), not more. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final UserId listener;
    private final CachePartition partition;
    private final Library catalog;
    private final TrackAnnotations annotations;
    private final PlayHistory plays;
    private final QueryCache cache;
    private final CacheInvalidator invalidator;
    private final ChangeLog changes;
    private final Clock clock;
    private final AnnotatedCopies copies = new AnnotatedCopies();

    ListenerLibraryService(UserId listener, Library catalog, TrackAnnotations annotations, PlayHistory plays,
                           QueryCache cache, ChangeLog changes, InvalidationListener invalidations, Clock clock) {
        this.listener = listener;
        this.partition = CachedQueries.partitionOf(listener);
        this.catalog = catalog;
        this.annotations = annotations;
        this.plays = plays;
        this.cache = cache;
        // a listener's change never reloads a shared track entry (Mutation rows FAVORITE_SET, PLAY_RECORDED)
        this.invalidator = new CacheInvalidator(cache, id -> {
            throw new IllegalStateException("a listener's change reloaded the shared entry of track " + id);
        }, invalidations);
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public UserId listener() {
        return listener;
    }

    // ---- the listener's own lists and changes

    @Override
    public Page<Track> getFavoriteTracks(PageRequest page) {
        return ownList(CachedQueries.FAVORITE_TRACKS, page, () -> annotations.findFavorites(listener, page));
    }

    @Override
    public Page<Track> getRecentTracks(PageRequest page) {
        return ownList(CachedQueries.RECENT_TRACKS, page, () -> annotations.findRecentlyPlayed(listener, page));
    }

    @Override
    public Page<Track> getPopularTracks(PageRequest page) {
        return ownList(CachedQueries.POPULAR_TRACKS, page, () -> annotations.findMostPlayed(listener, page));
    }

    @Override
    public Page<ChartEntry> getOwnChart(Duration window, PageRequest page) {
        LibraryService.checkChartWindow(window);
        Page<TrackPlays> chart = cache.get(CachedQueries.OWN_CHART.in(partition), pageKey(page, window.toSeconds()),
                () -> plays.chart(listener, clock.instant().minus(window), page));
        List<TrackId> ids = chart.items().stream().map(TrackPlays::trackId).toList();
        Map<TrackId, Track> byId = new HashMap<>();
        annotate(catalog.getTracks(ids)).forEach(track -> byId.put(track.id(), track));
        return LibraryService.chartOf(chart, byId);
    }

    @Override
    public boolean setTrackFavorite(TrackId id, boolean favorite) {
        Objects.requireNonNull(id, "id");
        Instant at = clock.instant();
        boolean exists = changes.recording(CacheInvalidator.invalidation(Mutation.FAVORITE_SET, id, partition),
                () -> annotations.setFavorite(listener, id, favorite, at));
        if (exists) {
            invalidator.invalidate(Mutation.FAVORITE_SET, id, partition, () -> loadAnnotation(id));
        }
        return exists;
    }

    @Override
    public Optional<Track> recordTrackPlay(TrackId id, Instant at) {
        Objects.requireNonNull(id, "id");
        if (at == null) {
            throw new InvalidValueException("playedAt", "playedAt is required");
        }
        Instant latest = clock.instant().plus(CLOCK_SKEW);
        if (at.isAfter(latest)) {
            throw new InvalidValueException("playedAt", "playedAt must not be in the future but was " + at);
        }
        Optional<TrackAnnotation> played = changes.recording(
                CacheInvalidator.invalidation(Mutation.PLAY_RECORDED, id, partition),
                () -> plays.record(listener, new PlayEvent(id, at)));
        if (played.isEmpty()) {
            return Optional.empty();
        }
        invalidator.invalidate(Mutation.PLAY_RECORDED, id, partition, played::get);
        return catalog.getTrack(id).map(track -> track.withAnnotation(played.get()));
    }

    // ---- the shared catalog, as the listener sees it

    @Override
    public Optional<Track> getTrack(TrackId id) {
        return catalog.getTrack(id).map(this::annotate);
    }

    @Override
    public Page<Track> getAllTracks(PageRequest page) {
        return annotate(catalog.getAllTracks(page));
    }

    @Override
    public Page<Track> searchTracks(SearchQuery query, PageRequest page) {
        return annotate(catalog.searchTracks(query, page));
    }

    @Override
    public List<Track> getTracks(List<TrackId> ids) {
        return annotate(catalog.getTracks(ids));
    }

    @Override
    public Page<ChartEntry> getChart(Duration window, PageRequest page) {
        Page<ChartEntry> chart = catalog.getChart(window, page);
        List<TrackAnnotation> annotations = annotationsOf(chart.items().stream().map(e -> e.track().id()).toList());
        List<ChartEntry> entries = new ArrayList<>(chart.items().size());
        for (int i = 0; i < chart.items().size(); i++) {
            ChartEntry entry = chart.items().get(i);
            entries.add(new ChartEntry(copies.of(entry.track(), annotations.get(i)), entry.plays()));
        }
        return chart.withItems(entries);
    }

    @Override
    public Page<Track> getAlbumTracks(AlbumId album, PageRequest page) {
        return annotate(catalog.getAlbumTracks(album, page));
    }

    @Override
    public List<Track> findTracks(List<TitleAndArtist> wanted) {
        return annotate(catalog.findTracks(wanted));
    }

    @Override
    public Track addTrack(NewTrack track) {
        return annotate(catalog.addTrack(track));
    }

    @Override
    public int addTracks(List<NewTrack> tracks) {
        return catalog.addTracks(tracks);
    }

    @Override
    public Optional<Track> updateTrack(TrackId id, TrackChanges changes) {
        return catalog.updateTrack(id, changes).map(this::annotate);
    }

    @Override
    public boolean deleteTrack(TrackId id) {
        return catalog.deleteTrack(id);
    }

    @Override
    public Optional<Album> getAlbum(AlbumId id) {
        return catalog.getAlbum(id);
    }

    @Override
    public Page<Album> getAllAlbums(PageRequest page) {
        return catalog.getAllAlbums(page);
    }

    @Override
    public Page<Album> searchAlbums(SearchQuery query, PageRequest page) {
        return catalog.searchAlbums(query, page);
    }

    @Override
    public Page<Album> getArtistAlbums(ArtistId artist, PageRequest page) {
        return catalog.getArtistAlbums(artist, page);
    }

    @Override
    public Optional<Artist> getArtist(ArtistId id) {
        return catalog.getArtist(id);
    }

    @Override
    public Page<Artist> getAllArtists(PageRequest page) {
        return catalog.getAllArtists(page);
    }

    @Override
    public Page<Artist> searchArtists(SearchQuery query, PageRequest page) {
        return catalog.searchArtists(query, page);
    }

    // ---- helpers

    private Page<Track> ownList(NamedQuery<Page<TrackId>> query, PageRequest page,
                                Supplier<Page<TrackId>> loader) {
        Page<TrackId> ids = cache.get(query.in(partition), pageKey(page), loader);
        return ids.withItems(annotate(catalog.getTracks(ids.items())));
    }

    private Track annotate(Track track) {
        return copies.of(track, annotationsOf(List.of(track.id())).get(0));
    }

    private Page<Track> annotate(Page<Track> page) {
        return page.withItems(annotate(page.items()));
    }

    private List<Track> annotate(List<Track> tracks) {
        if (tracks.isEmpty()) {
            return tracks;
        }
        List<TrackId> ids = new ArrayList<>(tracks.size());
        for (Track track : tracks) {
            ids.add(track.id());
        }
        List<TrackAnnotation> annotations = annotationsOf(ids);
        List<Track> annotated = new ArrayList<>(tracks.size());
        for (int i = 0; i < tracks.size(); i++) {
            annotated.add(copies.of(tracks.get(i), annotations.get(i)));
        }
        return annotated;
    }

    /**
     * @return the listener's annotation of each track, in the order of {@code ids}; {@link TrackAnnotation#NONE} (also
     *     cached) for tracks without
     */
    private List<TrackAnnotation> annotationsOf(List<TrackId> ids) {
        List<CacheKey> keys = new ArrayList<>(ids.size());
        for (TrackId id : ids) {
            keys.add(trackKey(id));
        }
        Map<CacheKey, TrackAnnotation> found = cache.getAll(CachedQueries.ANNOTATIONS.in(partition), keys,
                missing -> loadAnnotations(missing, ids, keys));
        List<TrackAnnotation> annotations = new ArrayList<>(ids.size());
        for (CacheKey key : keys) {
            annotations.add(found.getOrDefault(key, TrackAnnotation.NONE));
        }
        return annotations;
    }

    private Map<CacheKey, TrackAnnotation> loadAnnotations(Set<CacheKey> missing, List<TrackId> ids,
                                                           List<CacheKey> keys) {
        List<TrackId> wanted = new ArrayList<>(missing.size());
        for (int i = 0; i < ids.size(); i++) {
            if (missing.contains(keys.get(i))) {
                wanted.add(ids.get(i));
            }
        }
        Map<TrackId, TrackAnnotation> stored = annotations.findByIds(listener, wanted);
        Map<CacheKey, TrackAnnotation> loaded = new HashMap<>(wanted.size() * 2);
        wanted.forEach(id -> loaded.put(trackKey(id), stored.getOrDefault(id, TrackAnnotation.NONE)));
        return loaded;
    }

    private TrackAnnotation loadAnnotation(TrackId id) {
        return annotations.findByIds(listener, List.of(id)).getOrDefault(id, TrackAnnotation.NONE);
    }
}
