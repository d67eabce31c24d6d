package io.tonearm.application;

import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.CatalogAnnotation;
import io.tonearm.domain.Artist;
import io.tonearm.domain.Page;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackPlays;
import io.tonearm.domain.playlist.Playlist;
import io.tonearm.domain.playlist.PlaylistId;
import io.tonearm.domain.port.CachePartition;
import io.tonearm.domain.enrichment.ArtistMatch;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.ResultType;
import io.tonearm.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The named queries the library reads through its cache. A listener's favorites and play-ordered lists are read
 * in that listener's {@link CachePartition partition}, so that one listener's change leaves the others' cached. Lists of tracks are cached as pages of track ids and
 * completed from {@link #TRACK} entries, so a change to one track never leaves a stale copy in a cached list.
 */
public final class CachedQueries {
    /** One track by id; dropped per entry. */
    public static final NamedQuery<Track> TRACK = NamedQuery.of("track.byId", new ResultType<>() { });
    /** All tracks, in the order added. */
    public static final NamedQuery<Page<TrackId>> ALL_TRACKS = NamedQuery.of("tracks.all", new ResultType<>() { });
    /** Track searches. */
    public static final NamedQuery<Page<TrackId>> SEARCH_TRACKS =
            NamedQuery.of("tracks.search", new ResultType<>() { });
    /** One listener's annotation of one track (favorite flag, plays); read in that listener's partition. */
    public static final NamedQuery<TrackAnnotation> ANNOTATIONS =
            NamedQuery.of("annotations.byTrack", new ResultType<>() { });
    /** A listener's favorite tracks; read in that listener's partition. */
    public static final NamedQuery<Page<TrackId>> FAVORITE_TRACKS =
            NamedQuery.of("tracks.favorites", new ResultType<>() { });
    /** A listener's recently played tracks; read in that listener's partition. */
    public static final NamedQuery<Page<TrackId>> RECENT_TRACKS =
            NamedQuery.of("tracks.recent", new ResultType<>() { });
    /** A listener's most played tracks; read in that listener's partition. */
    public static final NamedQuery<Page<TrackId>> POPULAR_TRACKS =
            NamedQuery.of("tracks.popular", new ResultType<>() { });
    /** The server's charts: plays of every listener per track within a window. */
    public static final NamedQuery<Page<TrackPlays>> CHART = NamedQuery.of("tracks.chart", new ResultType<>() { });
    /** A listener's own charts; read in that listener's partition. */
    public static final NamedQuery<Page<TrackPlays>> OWN_CHART =
            NamedQuery.of("tracks.chart.own", new ResultType<>() { });
    /** An album's tracks. */
    public static final NamedQuery<Page<TrackId>> ALBUM_TRACKS =
            NamedQuery.of("tracks.byAlbum", new ResultType<>() { });
    /** Bulk (title, artist) lookups. */
    public static final NamedQuery<List<TrackId>> FOUND_TRACKS = NamedQuery.of("tracks.find", new ResultType<>() { });
    /** One album by id. */
    public static final NamedQuery<Album> ALBUM = NamedQuery.of("albums.byId", new ResultType<>() { });
    /** All albums. */
    public static final NamedQuery<Page<Album>> ALL_ALBUMS = NamedQuery.of("albums.all", new ResultType<>() { });
    /** Album searches. */
    public static final NamedQuery<Page<Album>> SEARCH_ALBUMS = NamedQuery.of("albums.search", new ResultType<>() { });
    /** An artist's albums. */
    public static final NamedQuery<Page<Album>> ARTIST_ALBUMS =
            NamedQuery.of("albums.byArtist", new ResultType<>() { });
    /** One artist by id. */
    public static final NamedQuery<Artist> ARTIST = NamedQuery.of("artists.byId", new ResultType<>() { });
    /** All artists. */
    public static final NamedQuery<Page<Artist>> ALL_ARTISTS = NamedQuery.of("artists.all", new ResultType<>() { });
    /** Artist searches. */
    public static final NamedQuery<Page<Artist>> SEARCH_ARTISTS =
            NamedQuery.of("artists.search", new ResultType<>() { });
    /**
     * An artist's MusicBrainz match, by artist id (empty when it has none); dropped entry by entry when a match is
     * stored ({@link Mutation#ARTIST_MATCHED}).
     */
    public static final NamedQuery<Optional<ArtistMatch>> ARTIST_MATCH =
            NamedQuery.of("matches.byArtist", new ResultType<>() { });

    /** One listener's annotation of one album (star, rating); read in that listener's partition, by album id. */
    public static final NamedQuery<CatalogAnnotation> ALBUM_ANNOTATIONS =
            NamedQuery.of("annotations.byAlbum", new ResultType<>() { });
    /** One listener's annotation of one artist (star, rating); read in that listener's partition, by artist id. */
    public static final NamedQuery<CatalogAnnotation> ARTIST_ANNOTATIONS =
            NamedQuery.of("annotations.byArtist", new ResultType<>() { });
    /** A listener's starred albums, the latest star first; read in that listener's partition. */
    public static final NamedQuery<Page<AlbumId>> STARRED_ALBUMS =
            NamedQuery.of("starred.albums", new ResultType<>() { });
    /** A listener's starred artists, the latest star first; read in that listener's partition. */
    public static final NamedQuery<Page<ArtistId>> STARRED_ARTISTS =
            NamedQuery.of("starred.artists", new ResultType<>() { });
    /** The albums a listener rated, the highest first; read in that listener's partition. */
    public static final NamedQuery<Page<AlbumId>> RATED_ALBUMS =
            NamedQuery.of("rated.albums", new ResultType<>() { });

    /** One playlist by id, whoever owns it (the use case checks who may see it); dropped per entry. */
    public static final NamedQuery<Playlist> PLAYLIST = NamedQuery.of("playlist.byId", new ResultType<>() { });
    /**
     * The playlists one user sees (their own and everybody's public ones); read in that user's partition, dropped
     * there when one of their private playlists changes and whole when a public one does.
     */
    public static final NamedQuery<Page<Playlist>> VISIBLE_PLAYLISTS =
            NamedQuery.of("playlists.visible", new ResultType<>() { });
    /** One playlist's entries; read in the playlist's own partition ({@link #partitionOf(PlaylistId)}). */
    public static final NamedQuery<Page<TrackId>> PLAYLIST_TRACKS =
            NamedQuery.of("playlist.tracks", new ResultType<>() { });

    private static final List<NamedQuery<?>> ALL = List.of(TRACK, ANNOTATIONS, ALL_TRACKS, SEARCH_TRACKS,
            FAVORITE_TRACKS, RECENT_TRACKS, POPULAR_TRACKS, CHART, OWN_CHART, ALBUM_TRACKS, FOUND_TRACKS, ALBUM,
            ALL_ALBUMS, SEARCH_ALBUMS, ARTIST_ALBUMS, ARTIST, ALL_ARTISTS, SEARCH_ARTISTS, ARTIST_MATCH, PLAYLIST,
            VISIBLE_PLAYLISTS, PLAYLIST_TRACKS, ALBUM_ANNOTATIONS, ARTIST_ANNOTATIONS, STARRED_ALBUMS, STARRED_ARTISTS,
            RATED_ALBUMS);

    private CachedQueries() {
    }

    /** @return the partition a listener's favorites, plays and annotations are cached in */
    static CachePartition partitionOf(UserId listener) {
        return CachePartition.of("user-" + listener.value());
    }

    /** @return the partition a playlist's entries are cached in, so that they are dropped apart from others' */
    static CachePartition partitionOf(PlaylistId playlist) {
        return CachePartition.of("playlist-" + playlist.value());
    }

    /** @return every named query of the library */
    public static List<NamedQuery<?>> all() {
        return ALL;
    }

    /** @return the names of every named query of the library */
    public static Set<String> names() {
        return ALL.stream().map(NamedQuery::name).collect(Collectors.toUnmodifiableSet());
    }

    static Set<NamedQuery<?>> except(NamedQuery<?>... kept) {
        Set<NamedQuery<?>> keep = Set.of(kept);
        return ALL.stream().filter(query -> !keep.contains(query)).collect(Collectors.toUnmodifiableSet());
    }

    static Set<NamedQuery<?>> of(NamedQuery<?>... queries) {
        return Stream.of(queries).collect(Collectors.toUnmodifiableSet());
    }
}
