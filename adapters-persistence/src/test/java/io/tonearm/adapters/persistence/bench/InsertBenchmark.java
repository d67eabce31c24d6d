package io.tonearm.adapters.persistence.bench;

import io.tonearm.domain.NewTrack;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Inserting {@code count} tracks through the {@code Tracks} port, each with its artists, album and search
 * words (10 tracks an album, 2 albums an artist): one {@code add} (one transaction) per track versus one
 * {@code addAll} (one batched transaction) versus {@code upsertAll} in batches of 500, one transaction each, as
 * a first scan stores them (all in one directory, as in a folder of singles). One operation inserts all of them into an emptied catalog;
 * rows/s = count / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class InsertBenchmark {
    private static final int SCAN_BATCH = 500;

    @Param("10000")
    int count;

    private Catalogs catalog;
    private List<NewTrack> tracks;
    private int round;

    @Setup(Level.Trial)
    public void openCatalog() {
        catalog = new Catalogs();
    }

    @Setup(Level.Iteration)
    public void emptyCatalog() {
        catalog.database.truncate();
        tracks = Catalogs.tracks("/bench/insert/" + round++, 0, count);
    }

    @TearDown(Level.Trial)
    public void closeCatalog() {
        catalog.close();
    }

    @Benchmark
    public int oneByOne() {
        for (NewTrack track : tracks) {
            catalog.tracks.add(track);
        }
        return tracks.size();
    }

    @Benchmark
    public int bulk() {
        return catalog.tracks.addAll(tracks);
    }

    /** As a first scan stores files: {@code upsertAll} in batches of 500 (the scan's default), one transaction each. */
    @Benchmark
    public int scanBatches() {
        int changed = 0;
        for (int from = 0; from < tracks.size(); from += SCAN_BATCH) {
            changed += catalog.tracks.upsertAll(tracks.subList(from, Math.min(tracks.size(), from + SCAN_BATCH)));
        }
        return changed;
    }
}
