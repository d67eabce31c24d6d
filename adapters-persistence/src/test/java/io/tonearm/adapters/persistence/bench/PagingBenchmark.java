package io.tonearm.adapters.persistence.bench;

import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.TrackId;
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
 * Reading a catalog of 100,000 tracks through the {@code Tracks} port: a page of 20 ids at offset 0, at offset
 * 90,000 without a cursor (OFFSET on a narrow index) and with the cursor of the page before (a seek), and
 * searches. Each operation includes the exact total.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class PagingBenchmark {
    private static final int TRACKS = 100_000;
    private static final int DEEP = 90_000;
    private static final int LIMIT = 20;

    private Catalogs catalog;
    private PageRequest deepWithCursor;

    @Setup(Level.Trial)
    public void fillCatalog() {
        catalog = new Catalogs();
        for (int chunk = 0; chunk < TRACKS / 10_000; chunk++) {
            catalog.tracks.addAll(Catalogs.tracks("/bench/paging", chunk * 10_000, 10_000));
        }
        Page<TrackId> before = catalog.tracks.findAll(PageRequest.of(DEEP - LIMIT, LIMIT));
        deepWithCursor = before.nextPage().orElseThrow();
        if (!catalog.tracks.findAll(deepWithCursor).items().equals(catalog.tracks.findAll(PageRequest.of(DEEP, LIMIT)).items())) {
            throw new IllegalStateException("the cursor page differs from the offset page");
        }
        System.out.printf("%nsearch matches: two words %d, narrow %d%n", searchTwoWords().total(),
                searchNarrow().total());
    }

    @TearDown(Level.Trial)
    public void closeCatalog() {
        catalog.close();
    }

    @Benchmark
    public Page<TrackId> firstPage() {
        return catalog.tracks.findAll(PageRequest.of(0, LIMIT));
    }

    @Benchmark
    public Page<TrackId> deepPageByOffset() {
        return catalog.tracks.findAll(PageRequest.of(DEEP, LIMIT));
    }

    /**
     * A deep page right after the set of tracks changed (a track was added, outside the timing): the page's
     * anchors are walked again first.
     */
    @Benchmark
    public Page<TrackId> deepPageByOffsetAfterAChange(AChange change) {
        return catalog.tracks.findAll(PageRequest.of(DEEP, LIMIT));
    }

    /** Adds one track before each call, so that every call finds the set of tracks changed. */
    @State(Scope.Benchmark)
    public static class AChange {
        private int added;

        @Setup(Level.Invocation)
        public void addATrack(PagingBenchmark benchmark) {
            benchmark.catalog.tracks.add(Catalogs.tracks("/bench/paging-change", added++, 1).get(0));
        }
    }

    @Benchmark
    public Page<TrackId> deepPageByCursor() {
        return catalog.tracks.findAll(deepWithCursor);
    }

    /** Two common words: a few hundred matches to intersect, counted exactly. */
    @Benchmark
    public Page<TrackId> searchTwoWords() {
        return catalog.tracks.search(new SearchQuery("lov nigh"), PageRequest.of(0, LIMIT));
    }

    /** An artist's and an album's words with accents left out, and a title word: a narrow result. */
    @Benchmark
    public Page<TrackId> searchNarrow() {
        return catalog.tracks.search(new SearchQuery("beyonce 1260"), PageRequest.of(0, LIMIT));
    }
}
