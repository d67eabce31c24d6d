package io.tonearm.adapters.cache;

import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.MusicBrainzIds;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.ReplayGain;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.TrackPlays;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.ResultType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/** Real domain values and named queries like the application's, for the cache's tests. */
final class TestValues {
    static final NamedQuery<Track> TRACK_BY_ID = NamedQuery.of("track.byId", new ResultType<Track>() { });
    static final NamedQuery<Page<TrackId>> TRACKS_ALL =
            NamedQuery.of("tracks.all", new ResultType<Page<TrackId>>() { });
    static final NamedQuery<Page<TrackId>> TRACKS_FAVORITES =
            NamedQuery.of("tracks.favorites", new ResultType<Page<TrackId>>() { });
    static final NamedQuery<Page<Album>> ALBUMS_ALL = NamedQuery.of("albums.all", new ResultType<Page<Album>>() { });
    static final NamedQuery<Long> VERSION = NamedQuery.of("test.version", new ResultType<Long>() { });

    /** A loader for a read that must be a cache hit: it fails the test if called. */
    static <T> Supplier<T> mustNotLoad() {
        return () -> {
            throw new AssertionError("should have been a cache hit");
        };
    }

    /** A loader for a bulk read that must be answered by the cache alone: it fails the test if called. */
    static <T> java.util.function.Function<java.util.Set<io.tonearm.domain.port.CacheKey>,
            java.util.Map<io.tonearm.domain.port.CacheKey, T>> mustNotLoadAll() {
        return missing -> {
            throw new AssertionError("should have been cache hits, missed " + missing);
        };
    }

    private TestValues() {
    }

    /** A track with every optional fact filled, instants with nanoseconds. */
    static Track track(long id) {
        return new Track(TrackId.of(id), "/music/Artist " + id + "/Album/" + id + " - Song é.flac", "Song " + id,
                List.of("Artist " + id, "Guest"), AlbumId.of(7), "Album", "Artist " + id, 3, 1, 1999, "Jazz",
                Duration.ofSeconds(241, 123_456_789), 1411, 44_100, "FLAC", 42_000_000L,
                Instant.parse("2024-02-29T23:59:59.123456789Z"),
                new MusicBrainzIds("0f1c3a51-4a1f-4d2e-9a4c-0c0c0c0c0c0c", null, "a74b1b7f-71a5-4011-9441-d0b5e4122711"),
                id % 2 == 0, 12, Instant.parse("2025-01-01T10:00:00.000000001Z"),
                Instant.parse("2023-06-01T00:00:00Z"), Instant.parse("2025-01-02T03:04:05.6Z"), true,
                new ReplayGain(-6.54, 0.988547, null, 1.0));
    }

    /** A track with only what a track must have: every optional fact null. */
    static Track bareTrack(long id) {
        return new Track(TrackId.of(id), "/music/" + id + ".mp3", "Untitled", List.of("Unknown"), null, null, null,
                null, null, null, null, Duration.ZERO, null, null, "MP3", 0, Instant.EPOCH, null, false, 0, null,
                Instant.EPOCH, Instant.EPOCH);
    }

    static Page<TrackId> trackIds(int offset, int limit, long total) {
        List<TrackId> ids = LongStream.rangeClosed(offset + 1, offset + limit).mapToObj(TrackId::of).toList();
        return new Page<>(ids, total, PageRequest.of(offset, limit), "cursor-" + (offset + limit));
    }

    static Album album(long id) {
        return new Album(AlbumId.of(id), "Album " + id, ArtistId.of(id), "Artist " + id, id % 3 == 0 ? null : 2001, 12);
    }

    static Artist artist(long id) {
        return new Artist(ArtistId.of(id), "Artist " + id + " – Ñ");
    }

    static Page<Album> albums(int count) {
        return Page.of(LongStream.rangeClosed(1, count).mapToObj(TestValues::album).toList(), 1000,
                PageRequest.first(count));
    }

    static Page<TrackPlays> chart() {
        return Page.of(List.of(new TrackPlays(TrackId.of(3), 40), new TrackPlays(TrackId.of(1), 0)), 2,
                new PageRequest(0, 10, "after-token"));
    }
}
