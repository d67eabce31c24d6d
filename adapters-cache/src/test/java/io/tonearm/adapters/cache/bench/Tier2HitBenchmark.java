package io.tonearm.adapters.cache.bench;

import io.tonearm.adapters.cache.BenchNodes;
import io.tonearm.adapters.cache.RedisTestSupport;
import java.time.Duration;
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
 * A tier-2 hit through the cache (tier 1 turned off, so every read goes to Redis: one MGET of the entry and its
 * version, then reading the Track back from JSON) against a raw Jedis GET of the same bytes from the same pool
 * (goal: at most 1.3 times as long).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class Tier2HitBenchmark {
    private BenchNodes node;
    private BenchNodes.RawTier2 raw;

    @Setup(Level.Trial)
    public void setUp() {
        node = BenchNodes.layered(RedisTestSupport.uniquePrefix(), 0, Duration.ofMillis(200));
        node.cache().get(Tier1HitBenchmark.TRACK, Tier1HitBenchmark.KEY, Tier1HitBenchmark::track);
        raw = node.rawTier2(Tier1HitBenchmark.TRACK, Tier1HitBenchmark.KEY);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        node.close();
    }

    @Benchmark
    public byte[] rawJedisGet() {
        return raw.get();
    }

    @Benchmark
    public Object tier2Hit() {
        return node.cache().get(Tier1HitBenchmark.TRACK, Tier1HitBenchmark.KEY, () -> {
            throw new IllegalStateException("a tier-2 hit was expected");
        });
    }
}
