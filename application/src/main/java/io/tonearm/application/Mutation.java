package io.tonearm.application;

import static io.tonearm.application.CachedQueries.ALBUM;
import static io.tonearm.application.CachedQueries.ALBUM_ANNOTATIONS;
import static io.tonearm.application.CachedQueries.ALBUM_TRACKS;
import static io.tonearm.application.CachedQueries.ALL_ALBUMS;
import static io.tonearm.application.CachedQueries.ALL_ARTISTS;
import static io.tonearm.application.CachedQueries.ALL_TRACKS;
import static io.tonearm.application.CachedQueries.ARTIST;
import static io.tonearm.application.CachedQueries.ARTIST_ALBUMS;
import static io.tonearm.application.CachedQueries.ARTIST_ANNOTATIONS;
import static io.tonearm.application.CachedQueries.ARTIST_MATCH;
import static io.tonearm.application.CachedQueries.CHART;
import static io.tonearm.application.CachedQueries.OWN_CHART;
import static io.tonearm.application.CachedQueries.FAVORITE_TRACKS;
import static io.tonearm.application.CachedQueries.FOUND_TRACKS;
import static io.tonearm.application.CachedQueries.POPULAR_TRACKS;
import static io.tonearm.application.CachedQueries.RATED_ALBUMS;
import static io.tonearm.application.CachedQueries.RECENT_TRACKS;
import static io.tonearm.application.CachedQueries.SEARCH_ALBUMS;
import static io.tonearm.application.CachedQueries.SEARCH_ARTISTS;
import static io.tonearm.application.CachedQueries.SEARCH_TRACKS;
import static io.tonearm.application.CachedQueries.STARRED_ALBUMS;
import static io.tonearm.application.CachedQueries.STARRED_ARTISTS;
import static io.tonearm.application.CachedQueries.TRACK;
import static io.tonearm.application.CachedQueries.VISIBLE_PLAYLISTS;

import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.port.NamedQuery;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The invalidation table: for each kind of change, the named queries whose cached results it can change
 * (dropped whole), the named queries dropped only in the changer's {@link CachePartition partition} (one
 * listener's favorites and plays), whether the changed track's own entry is dropped, or dropped and loaded
 * again, whether the changer's annotation of that track (their favorite flag, plays and rating) is loaded again, which
 * entry of the changer's annotations of albums or artists is dropped (their stars and ratings), and
 * whether the changed playlist's entry and entries are dropped (the changer's partition is then the playlist
 * owner's). Track lists are cached as ids and filled from per-track entries, so a list is dropped only when a change
 * can alter which ids it holds or their order. docs/cache-system.md shows this table; InvalidationTableTest checks
 * it row by row.
 */
public enum Mutation {
    /** Tracks were added: they enter all-tracks, searches, lookups, album lists and album/artist reads. */
    TRACKS_ADDED(TrackEntry.KEPT, CachedQueries.of(ALL_TRACKS, SEARCH_TRACKS, ALBUM_TRACKS, FOUND_TRACKS,
            ALBUM, ALL_ALBUMS, SEARCH_ALBUMS, ARTIST_ALBUMS, ALL_ARTISTS, SEARCH_ARTISTS), CachedQueries.of()),
    /**
     * A track's tags changed, among them its artists, album, album artist or year
     * ({@link io.tonearm.domain.TrackChanges#touchesAlbumOrArtists()}): what is matched or grouped by tags changes
     * (searches, lookups, its album and artists, and an artist the track no longer names is gone if nothing else
     * names it, and with it every listener's star and rating of it: the starred and rated album and artist lists);
     * the plain id lists (all, favorites, recent, popular, charts) keep their ids and order.
     */
    TRACK_UPDATED(TrackEntry.RELOADED, CachedQueries.of(SEARCH_TRACKS, ALBUM_TRACKS, FOUND_TRACKS,
            ALBUM, ALL_ALBUMS, SEARCH_ALBUMS, ARTIST_ALBUMS, ARTIST, ALL_ARTISTS, SEARCH_ARTISTS, STARRED_ALBUMS,
            STARRED_ARTISTS, RATED_ALBUMS), CachedQueries.of()),
    /**
     * Only a track's title, genre, track or disc number changed: track searches and lookups (by title), and its
     * album's track list (ordered by disc and track number). Its album and artists are the same rows with the same
     * facts (an album's track count and year come from which tracks it has and their years), so album and artist
     * reads stay cached.
     */
    TRACK_DETAILS_UPDATED(TrackEntry.RELOADED, CachedQueries.of(SEARCH_TRACKS, ALBUM_TRACKS, FOUND_TRACKS),
            CachedQueries.of()),
    /**
     * A track was deleted: it leaves every list of every partition, and its album and artists may go with it. An
     * artist's match is not dropped: no deletion gives an artist a match or changes one, and the match of an artist
     * that went with the track is read by nobody (a match is shown with its artist, whose read is dropped and
     * answers "no such artist"; ids are never given again), so it leaves with its TTL.
     */
    TRACK_DELETED(TrackEntry.DROPPED, CachedQueries.except(TRACK, ARTIST_MATCH), CachedQueries.of()),
    /**
     * A listener starred or unstarred a track: only that listener's favorites and their annotation of the track.
     * Nobody else's favorites, no shared list and not the shared track entry change.
     */
    FAVORITE_SET(TrackEntry.KEPT, CachedQueries.of(), CachedQueries.of(FAVORITE_TRACKS), true),
    /**
     * A listener played a track: that listener's play-ordered lists and own chart, their annotation of the track,
     * and the whole server's chart (everybody's plays).
     */
    PLAY_RECORDED(TrackEntry.KEPT, CachedQueries.of(CHART), CachedQueries.of(RECENT_TRACKS, POPULAR_TRACKS,
            OWN_CHART), true),
    /** A listener rated a track (or cleared the rating): only their annotation of the track. */
    TRACK_RATED(TrackEntry.KEPT, CachedQueries.of(), CachedQueries.of(), true),
    /** A listener starred or unstarred an album: their starred albums and their annotation of the album. */
    ALBUM_STARRED(CachedQueries.of(STARRED_ALBUMS), ALBUM_ANNOTATIONS),
    /** A listener starred or unstarred an artist: their starred artists and their annotation of the artist. */
    ARTIST_STARRED(CachedQueries.of(STARRED_ARTISTS), ARTIST_ANNOTATIONS),
    /** A listener rated an album (or cleared it): their rated albums and their annotation of the album. */
    ALBUM_RATED(CachedQueries.of(RATED_ALBUMS), ALBUM_ANNOTATIONS),
    /** A listener rated an artist (or cleared it): only their annotation of the artist. */
    ARTIST_RATED(CachedQueries.of(), ARTIST_ANNOTATIONS),
    /**
     * The cover image of a directory appeared or went while none of its audio files changed (a scan found it): the
     * entries of the directory's tracks (their {@code hasCover}), dropped one by one, and the album reads (an album's
     * cover is its first track's). Track lists hold ids, artists show no cover: both stay cached.
     */
    FOLDER_IMAGE_CHANGED(TrackEntry.DROPPED, CachedQueries.of(ALBUM, ALL_ALBUMS, SEARCH_ALBUMS, ARTIST_ALBUMS),
            CachedQueries.of()),
    /**
     * A cover was fetched for an album whose own files have none: the album reads and the entries of the album's
     * tracks (their {@code hasCover}), dropped one by one.
     */
    ALBUM_COVER_FETCHED(TrackEntry.DROPPED, CachedQueries.of(ALBUM, ALL_ALBUMS, SEARCH_ALBUMS, ARTIST_ALBUMS),
            CachedQueries.of()),
    /** A scan changed files in bulk: any track may have changed, appeared or gone. */
    LIBRARY_RESCANNED(TrackEntry.KEPT, CachedQueries.except(), CachedQueries.of()),
    /**
     * A private playlist was created, changed (name, comment, entries) or deleted: the playlist's own entry and
     * entries, and the list of playlists of its owner only (nobody else sees it). No track, annotation or catalog
     * list changes.
     */
    PLAYLIST_CHANGED(TrackEntry.KEPT, CachedQueries.of(), CachedQueries.of(VISIBLE_PLAYLISTS), false, true),
    /**
     * A playlist that was public, or became public, was created, changed or deleted: the playlist's own entry and
     * entries, and every user's list of playlists (every user sees it, or saw it).
     */
    PUBLIC_PLAYLIST_CHANGED(TrackEntry.KEPT, CachedQueries.of(VISIBLE_PLAYLISTS), CachedQueries.of(), false, true),
    /**
     * Enrichment matched an artist with a MusicBrainz artist: only that artist's {@code matches.byArtist} entry. The
     * artist's name, lists and albums are not changed by a match (a person's name always stays), so every other
     * read stays cached.
     */
    ARTIST_MATCHED(TrackEntry.KEPT, CachedQueries.of(), CachedQueries.of(), false, false,
            CachedQueries.of(ARTIST_MATCH)),
    ;

    /**
     * What a change does to the changed track's own entry. A changed track is usually shown next (in the list
     * that shows it, on the page that changed it), so its entry is loaded again; a deleted one is not.
     */
    private enum TrackEntry { KEPT, DROPPED, RELOADED }

    private final TrackEntry trackEntry;
    private final Set<NamedQuery<?>> droppedQueries;
    private final Set<NamedQuery<?>> droppedInPartition;
    /** Derived once: every change of the library passes these names to the cache. */
    private final Set<String> droppedQueryNames;
    private final Set<String> droppedInPartitionNames;
    private final boolean reloadsAnnotation;
    private final boolean dropsPlaylist;
    private final Set<NamedQuery<?>> droppedEntries;
    private final NamedQuery<?> annotationEntry;

    /** A listener's change of their annotation of an album or artist: lists in their partition, and that entry. */
    Mutation(Set<NamedQuery<?>> droppedInPartition, NamedQuery<?> annotationEntry) {
        this(TrackEntry.KEPT, CachedQueries.of(), droppedInPartition, false, false, CachedQueries.of(),
                annotationEntry);
    }

    Mutation(TrackEntry trackEntry, Set<NamedQuery<?>> droppedQueries, Set<NamedQuery<?>> droppedInPartition) {
        this(trackEntry, droppedQueries, droppedInPartition, false);
    }

    Mutation(TrackEntry trackEntry, Set<NamedQuery<?>> droppedQueries, Set<NamedQuery<?>> droppedInPartition,
             boolean reloadsAnnotation) {
        this(trackEntry, droppedQueries, droppedInPartition, reloadsAnnotation, false);
    }

    Mutation(TrackEntry trackEntry, Set<NamedQuery<?>> droppedQueries, Set<NamedQuery<?>> droppedInPartition,
             boolean reloadsAnnotation, boolean dropsPlaylist) {
        this(trackEntry, droppedQueries, droppedInPartition, reloadsAnnotation, dropsPlaylist, CachedQueries.of());
    }

    Mutation(TrackEntry trackEntry, Set<NamedQuery<?>> droppedQueries, Set<NamedQuery<?>> droppedInPartition,
             boolean reloadsAnnotation, boolean dropsPlaylist, Set<NamedQuery<?>> droppedEntries) {
        this(trackEntry, droppedQueries, droppedInPartition, reloadsAnnotation, dropsPlaylist, droppedEntries, null);
    }

    Mutation(TrackEntry trackEntry, Set<NamedQuery<?>> droppedQueries, Set<NamedQuery<?>> droppedInPartition,
             boolean reloadsAnnotation, boolean dropsPlaylist, Set<NamedQuery<?>> droppedEntries,
             NamedQuery<?> annotationEntry) {
        this.droppedEntries = droppedEntries;
        this.annotationEntry = annotationEntry;
        this.trackEntry = trackEntry;
        this.reloadsAnnotation = reloadsAnnotation;
        this.dropsPlaylist = dropsPlaylist;
        this.droppedQueries = droppedQueries;
        this.droppedInPartition = droppedInPartition;
        this.droppedQueryNames = names(droppedQueries);
        this.droppedInPartitionNames = names(droppedInPartition);
    }

    private static Set<String> names(Set<NamedQuery<?>> queries) {
        return queries.stream().map(NamedQuery::name).collect(Collectors.toUnmodifiableSet());
    }

    /** @return true if the changed track's own {@code track.byId} entry is dropped */
    public boolean dropsTrackEntry() {
        return trackEntry != TrackEntry.KEPT;
    }

    /**
     * @return true if the changed track's entry is loaded again right after it is dropped, so that the next read
     *     of the track (alone or in a list) finds the changed track cached
     */
    public boolean reloadsTrackEntry() {
        return trackEntry == TrackEntry.RELOADED;
    }

    /**
     * @return true if the changer's own {@code annotations.byTrack} entry of the changed track (in their partition)
     *     is dropped and loaded again; every other listener's annotation stays cached
     */
    public boolean reloadsAnnotation() {
        return reloadsAnnotation;
    }

    /**
     * @return true if the changed playlist's own {@code playlist.byId} entry and its entries
     *     ({@code playlist.tracks} in the playlist's partition) are dropped; every other playlist stays cached
     */
    public boolean dropsPlaylist() {
        return dropsPlaylist;
    }

    /**
     * @return the named queries of which only the changed thing's own entry (keyed by its id, for example the
     *     matched artist's) is dropped; every other entry of them stays cached
     */
    public Set<NamedQuery<?>> droppedEntries() {
        return droppedEntries;
    }

    /**
     * @return the named query ({@link CachedQueries#ALBUM_ANNOTATIONS} or {@link CachedQueries#ARTIST_ANNOTATIONS})
     *     whose entry of the changed album or artist is dropped in the changer's partition, or empty for a change
     *     of no album's or artist's annotation
     */
    public Optional<NamedQuery<?>> droppedAnnotationEntry() {
        return Optional.ofNullable(annotationEntry);
    }

    /** @return the named queries dropped whole by this change */
    public Set<NamedQuery<?>> droppedQueries() {
        return droppedQueries;
    }

    /** @return the names of the named queries dropped whole by this change */
    public Set<String> droppedQueryNames() {
        return droppedQueryNames;
    }

    /**
     * @return the named queries dropped only in the partition of whoever made the change (for example one user's
     *     favorites), every other partition and the unpartitioned results staying cached
     */
    public Set<NamedQuery<?>> droppedInPartition() {
        return droppedInPartition;
    }

    /** @return the names of {@link #droppedInPartition()} */
    public Set<String> droppedInPartitionNames() {
        return droppedInPartitionNames;
    }
}
