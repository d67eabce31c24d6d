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
 * How long an invalidation on node A takes to reach node B's tier 1 (two caches in one JVM sharing the test
 * Redis, as two processes would), sampled for percentiles:
 * <ul>
 *   <li>{@code oneWay}: A does not wait for acknowledgements; the time until B's tier 1 no longer holds the entry
 *       (A's script round trip, the publish, B applying it).</li>
 *   <li>{@code acknowledged}: the default behaviour; the time until A's invalidate returns, which is after B
 *       applied it and said so.</li>
 * </ul>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class InvalidationLatencyBenchmark {
    private BenchNodes fireAndForget;
    private BenchNodes acknowledging;
    private BenchNodes receiver;

    @Setup(Level.Trial)
    public void setUp() {
        String prefix = RedisTestSupport.uniquePrefix();
        fireAndForget = BenchNodes.layered(prefix, 15L << 20, Duration.ZERO);
        acknowledging = BenchNodes.layered(prefix, 15L << 20, Duration.ofSeconds(1));
        receiver = BenchNodes.layered(prefix, 15L << 20, Duration.ofMillis(200));
    }

    /** B holds the entry in tier 1 before each invalidation. */
    @Setup(Level.Invocation)
    public void receiverHoldsTheEntry() {
        receiver.cache().get(Tier1HitBenchmark.TRACK, Tier1HitBenchmark.KEY, Tier1HitBenchmark::track);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fireAndForget.close();
        acknowledging.close();
        receiver.close();
    }

    @Benchmark
    public void oneWay() {
        fireAndForget.cache().invalidate(Tier1HitBenchmark.TRACK, Tier1HitBenchmark.KEY);
        while (receiver.holds(Tier1HitBenchmark.TRACK, Tier1HitBenchmark.KEY)) {
            Thread.onSpinWait();
        }
    }

    @Benchmark
    public void acknowledged() {
        acknowledging.cache().invalidate(Tier1HitBenchmark.TRACK, Tier1HitBenchmark.KEY);
        if (receiver.holds(Tier1HitBenchmark.TRACK, Tier1HitBenchmark.KEY)) {
            throw new IllegalStateException("the invalidation returned before node B applied it");
        }
    }
}
