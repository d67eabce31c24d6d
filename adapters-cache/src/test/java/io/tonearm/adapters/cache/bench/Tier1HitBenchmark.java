package io.tonearm.adapters.cache.bench;

import io.tonearm.adapters.cache.BenchNodes;
import io.tonearm.adapters.cache.RedisTestSupport;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.MusicBrainzIds;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.ResultType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A tier-1 hit through the cache against a raw Caffeine {@code getIfPresent} of the same key in the same Caffeine
 * cache (goal: at most 1.5 times as long), for the tier-1-only cache and for the layered one (whose hits also
 * check that the node is in step with the other nodes).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class Tier1HitBenchmark {
    static final NamedQuery<Track> TRACK = NamedQuery.of("track.byId", new ResultType<Track>() { });
    static final CacheKey KEY = CacheKey.of(42);

    private BenchNodes local;
    private BenchNodes layered;
    private BenchNodes.RawTier1 rawLocal;
    private BenchNodes.RawTier1 rawLayered;

    @Setup(Level.Trial)
    public void setUp() {
        local = BenchNodes.local();
        layered = BenchNodes.layered(RedisTestSupport.uniquePrefix(), 15L << 20, Duration.ofMillis(200));
        local.cache().get(TRACK, KEY, Tier1HitBenchmark::track);
        layered.cache().get(TRACK, KEY, Tier1HitBenchmark::track);
        rawLocal = local.rawTier1(TRACK, KEY);
        rawLayered = layered.rawTier1(TRACK, KEY);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        local.close();
        layered.close();
    }

    @Benchmark
    public Object rawCaffeineGetIfPresent() {
        return rawLocal.getIfPresent();
    }

    @Benchmark
    public Object tier1HitLocalCache() {
        return local.cache().get(TRACK, KEY, Tier1HitBenchmark::track);
    }

    @Benchmark
    public Object rawCaffeineGetIfPresentLayered() {
        return rawLayered.getIfPresent();
    }

    @Benchmark
    public Object tier1HitLayeredCache() {
        return layered.cache().get(TRACK, KEY, Tier1HitBenchmark::track);
    }

    static Track track() {
        return new Track(TrackId.of(42), "/music/Artist/Album/01 Song.flac", "Song", List.of("Artist"), AlbumId.of(7),
                "Album", "Artist", 1, 1, 2001, "Jazz", Duration.ofSeconds(241), 1411, 44_100, "FLAC", 42_000_000L,
                Instant.parse("2024-02-29T23:59:59Z"), MusicBrainzIds.NONE, false, 12,
                Instant.parse("2025-01-01T10:00:00Z"), Instant.parse("2023-06-01T00:00:00Z"),
                Instant.parse("2025-01-02T03:04:05Z"));
    }
}
