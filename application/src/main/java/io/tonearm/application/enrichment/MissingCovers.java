package io.tonearm.application.enrichment;

import io.tonearm.application.CachedQueries;
import io.tonearm.application.Invalidation;
import io.tonearm.application.InvalidationListener;
import io.tonearm.application.Mutation;
import io.tonearm.application.TrackQueries;
import io.tonearm.application.listening.CoverArt;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.enrichment.Artwork;
import io.tonearm.domain.enrichment.CoverArchive;
import io.tonearm.domain.enrichment.CoverSize;
import io.tonearm.domain.enrichment.FetchedCovers;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.RemoteServiceException;
import io.tonearm.domain.media.UnusableCoverException;
import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.QueryCache;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Fills in the covers of matched albums whose own files have none, from the Cover Art Archive. */
public interface MissingCovers {
    /** Fetches nothing: for a server that fetches no covers. */
    MissingCovers NONE = (album, release) -> false;

    /**
     * Fetches the release's front cover for the album, unless the album's own files have a cover (they always win)
     * or one was fetched already.
     *
     * @return true if a cover was fetched and kept
     * @throws RemoteServiceException if the archive could not answer
     */
    boolean fetchIfMissing(AlbumId album, MusicBrainzId release);

    /**
     * Fills in covers and drops the cached reads a fetched cover changes (row {@code ALBUM_COVER_FETCHED}: the album
     * reads and the entries of the album's tracks, whose {@code hasCover} it turns true), here and, through the change
     * log written in the cover's transaction, in every process sharing the catalog.
     *
     * @param own     the album covers of the catalog's own files
     * @param fetched where fetched covers are kept
     * @param archive the Cover Art Archive
     * @param size    the size fetched
     * @param tracks  the album's tracks, whose entries are dropped
     * @param cache   the query cache
     * @param changes the change log
     */
    static MissingCovers create(CoverArt own, FetchedCovers fetched, CoverArchive archive, CoverSize size,
                                Clock clock, TrackQueries tracks, QueryCache cache, ChangeLog changes) {
        return create(own, fetched, archive, size, clock, tracks, cache, changes, InvalidationListener.NONE);
    }

    /**
     * Fills in covers as {@link #create(CoverArt, FetchedCovers, CoverArchive, CoverSize, Clock, TrackQueries,
     * QueryCache, ChangeLog)}, also telling {@code invalidations} of each fetched cover's invalidation once applied.
     */
    static MissingCovers create(CoverArt own, FetchedCovers fetched, CoverArchive archive, CoverSize size,
                                Clock clock, TrackQueries tracks, QueryCache cache, ChangeLog changes,
                                InvalidationListener invalidations) {
        Objects.requireNonNull(invalidations, "invalidations");
        Objects.requireNonNull(fetched, "fetched");
        Objects.requireNonNull(tracks, "tracks");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(changes, "changes");
        FetchedCovers invalidating = new FetchedCovers() {
            @Override
            public Optional<Instant> fetchedAt(AlbumId album) {
                return fetched.fetchedAt(album);
            }

            @Override
            public Optional<Artwork> find(AlbumId album) {
                return fetched.find(album);
            }

            @Override
            public boolean save(AlbumId album, Artwork image, Instant at) {
                Set<EntryDrop> entries = new HashSet<>();
                trackIds(tracks, album).forEach(key -> entries.add(new EntryDrop(CachedQueries.TRACK.name(), key)));
                Set<String> queries = Mutation.ALBUM_COVER_FETCHED.droppedQueryNames();
                boolean saved = changes.recording(new CacheInvalidation(false, queries, Set.of(), entries),
                        () -> fetched.save(album, image, at));
                if (saved) {
                    cache.invalidateQueries(queries);
                    entries.forEach(entry -> cache.invalidate(CachedQueries.TRACK, entry.key()));
                    invalidations.invalidated(new Invalidation(Mutation.ALBUM_COVER_FETCHED.name(), queries, Set.of(),
                            entries.isEmpty() ? Set.of() : Set.of(CachedQueries.TRACK.name())));
                }
                return saved;
            }
        };
        return create(own, invalidating, archive, size, clock);
    }

    private static Set<CacheKey> trackIds(TrackQueries tracks, AlbumId album) {
        Set<CacheKey> keys = new HashSet<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        for (Page<Track> page = tracks.getAlbumTracks(album, request); !page.items().isEmpty();
                page = tracks.getAlbumTracks(album, request)) {
            page.items().forEach(track -> keys.add(CacheKey.of(track.id().value())));
            if (page.items().size() < request.limit()) {
                break;
            }
            request = new PageRequest(request.offset() + request.limit(), request.limit(), null);
        }
        return keys;
    }

    /**
     * Fills in covers without dropping anything from a cache: for a catalog whose album and track reads are not
     * cached (the other {@code create} drops what a fetched cover changes).
     *
     * @param own     the album covers of the catalog's own files
     * @param fetched where fetched covers are kept
     * @param archive the Cover Art Archive
     * @param size    the size fetched
     */
    static MissingCovers create(CoverArt own, FetchedCovers fetched, CoverArchive archive, CoverSize size,
                                Clock clock) {
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(fetched, "fetched");
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(clock, "clock");
        return (album, release) -> {
            if (fetched.fetchedAt(album).isPresent() || hasOwn(own, album)) {
                return false;
            }
            return archive.frontCover(release, size)
                    .map(image -> fetched.save(album, image, clock.instant()))
                    .orElse(false);
        };
    }

    private static boolean hasOwn(CoverArt own, AlbumId album) {
        try {
            return own.findOwnAlbumCover(album).isPresent();
        } catch (UnusableCoverException e) {
            return true; // a broken cover of the album's own is still the album's: a person fixes the file
        }
    }
}
