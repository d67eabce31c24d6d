package io.tonearm.adapters.cache;

import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.ResultType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Many readers and writers on one or more caches over one "database" of versioned items. A writer bumps an
 * item's version, then invalidates exactly what the application would (the item's entry, dropped or refreshed at
 * random, and the list query);
 * once that returned, the version is "published". A read is stale if it returns a version older than the one
 * published before the read started. Loads dawdle between reading the database and returning, so that
 * mutations land in the middle of loads, which is where a stale set would happen.
 */
final class StaleReadHarness {
    static final NamedQuery<Long> ITEM = NamedQuery.of("stale.item", new ResultType<Long>() { });
    static final NamedQuery<List<Long>> ALL = NamedQuery.of("stale.all", new ResultType<List<Long>>() { });
    private static final int ITEMS = 6;

    private final AtomicLongArray database = new AtomicLongArray(ITEMS);
    private final AtomicLongArray published = new AtomicLongArray(ITEMS);
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong staleReads = new AtomicLong();
    private final AtomicLong failedReads = new AtomicLong();
    private final AtomicLong loads = new AtomicLong();
    private final AtomicInteger mutations = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private volatile boolean countStale = true;

    /** What a run saw. */
    record Outcome(long reads, long staleReads, long failedReads, long loads, int mutations, List<String> examples,
                   List<Throwable> failures) {
    }

    /**
     * Runs readers and writers on every node until each writer made its mutations.
     *
     * @param afterMutation called by writer threads with the running count of mutations (for outages)
     */
    Outcome run(List<QueryCache> nodes, int readersPerNode, int writersPerNode, int mutationsPerWriter,
                IntConsumer afterMutation) throws InterruptedException {
        AtomicBoolean writing = new AtomicBoolean(true);
        int writers = nodes.size() * writersPerNode;
        CountDownLatch writersDone = new CountDownLatch(writers);
        List<Thread> threads = new ArrayList<>();
        for (QueryCache node : nodes) {
            for (int r = 0; r < readersPerNode; r++) {
                threads.add(new Thread(() -> {
                    while (writing.get()) {
                        read(node);
                    }
                }, "reader"));
            }
            for (int w = 0; w < writersPerNode; w++) {
                threads.add(new Thread(() -> {
                    try {
                        for (int i = 0; i < mutationsPerWriter; i++) {
                            // keep reads and writes interleaved whatever the scheduler favours: a few reads per mutation
                            while (readersPerNode > 0 && reads.get() < 3L * mutations.get()) {
                                Thread.yield();
                            }
                            mutate(node);
                            afterMutation.accept(mutations.incrementAndGet());
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    } finally {
                        writersDone.countDown();
                    }
                }, "writer"));
            }
        }
        threads.forEach(Thread::start);
        writersDone.await();
        writing.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        return new Outcome(reads.get(), staleReads.get(), failedReads.get(), loads.get(), mutations.get(),
                List.copyOf(examples), List.copyOf(failures));
    }

    /** Reads that start while this is false are not judged (a window where bounded staleness is allowed). */
    void countStaleReads(boolean count) {
        countStale = count;
    }

    /** Reads every item on this node, judging each read against the published versions. */
    void readEverything(QueryCache node) {
        for (int item = 0; item < ITEMS; item++) {
            check(item, published.get(item), getItem(node, item), "final get", true);
        }
        long[] floors = floors();
        List<Long> all = node.get(ALL, CacheKey.NONE, this::loadAll);
        for (int item = 0; item < ITEMS; item++) {
            check(item, floors[item], all.get(item), "final all", true);
        }
    }

    long staleReads() {
        return staleReads.get();
    }

    private void read(QueryCache node) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        boolean counting = countStale; // a read that starts inside a window of allowed staleness is not judged
        try {
            switch (random.nextInt(3)) {
                case 0 -> {
                    int item = random.nextInt(ITEMS);
                    long floor = published.get(item);
                    check(item, floor, getItem(node, item), "get", counting);
                }
                case 1 -> {
                    long[] floors = floors();
                    List<CacheKey> keys = IntStream.range(0, ITEMS).filter(i -> random.nextBoolean())
                            .mapToObj(CacheKey::of).toList();
                    Map<CacheKey, Long> found = node.getAll(ITEM, keys, missing -> missing.stream()
                            .collect(Collectors.toMap(key -> key, key -> load(Integer.parseInt(key.value())))));
                    for (CacheKey key : keys) {
                        int item = Integer.parseInt(key.value());
                        check(item, floors[item], found.get(key), "getAll", counting);
                    }
                }
                default -> {
                    long[] floors = floors();
                    List<Long> all = node.get(ALL, CacheKey.NONE, this::loadAll);
                    for (int item = 0; item < ITEMS; item++) {
                        check(item, floors[item], all.get(item), "all", counting);
                    }
                }
            }
        } catch (RuntimeException e) {
            failedReads.incrementAndGet();
            failures.add(e);
        }
    }

    private Long getItem(QueryCache node, int item) {
        return node.get(ITEM, CacheKey.of(item), () -> load(item));
    }

    private void check(int item, long floor, Long found, String how, boolean counting) {
        reads.incrementAndGet();
        if (found == null || found < floor) {
            if (counting) {
                staleReads.incrementAndGet();
                if (examples.size() < 10) {
                    examples.add(how + " of item " + item + " returned " + found + " after " + floor + " was published");
                }
            }
        }
    }

    private long[] floors() {
        long[] floors = new long[ITEMS];
        for (int item = 0; item < ITEMS; item++) {
            floors[item] = published.get(item);
        }
        return floors;
    }

    private void mutate(QueryCache node) {
        int item = ThreadLocalRandom.current().nextInt(ITEMS);
        long version = database.incrementAndGet(item);
        if (ThreadLocalRandom.current().nextBoolean()) {
            node.invalidate(ITEM, CacheKey.of(item));
        } else {
            // as the application does for a changed track: drop the entry and load it again at once
            node.refresh(ITEM, CacheKey.of(item), () -> load(item));
        }
        node.invalidateQueries(List.of(ALL.name()));
        published.accumulateAndGet(item, version, Math::max);
    }

    private long load(int item) {
        loads.incrementAndGet();
        long version = database.get(item);
        dawdle();
        return version;
    }

    private List<Long> loadAll() {
        loads.incrementAndGet();
        List<Long> versions = new ArrayList<>(ITEMS);
        for (int item = 0; item < ITEMS; item++) {
            versions.add(database.get(item));
        }
        dawdle();
        return versions;
    }

    /** Gives writers a chance to commit and invalidate while this load holds old data. */
    private static void dawdle() {
        int turns = ThreadLocalRandom.current().nextInt(20);
        for (int i = 0; i < turns; i++) {
            Thread.yield();
        }
    }
}
