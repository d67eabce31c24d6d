package io.tonearm.adapters.cache;

import io.tonearm.domain.port.CacheGaps;
import io.tonearm.domain.port.StoredResults;
import io.tonearm.domain.port.TierStatistics;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPooled;

/**
 * Tier 2 in Redis, and the protocol that keeps every process's tier 1 coherent.
 *
 * <p><b>Storage.</b> Results live under keys holding their query's generation (see {@link RedisKeys}); every
 * entry has a TTL. A named query is invalidated with one INCR of its generation, an entry by raising its version
 * and deleting it; results are stored by a script that refuses the write if either moved since the read that
 * missed. Stored bytes are counted by expiry time at write time, so statistics never scan Redis.
 *
 * <p><b>Coherence.</b> Every invalidation is broadcast on a channel by the same script that performs it, and the
 * caller waits until every subscribed process acknowledged that it applied it (or {@code acknowledgementTimeout}
 * passed). A subscriber pings on its connection; a pong proves every message published before the ping was
 * applied, so a process knows up to when it has heard everything ({@code confirmedAt}). A tier-1 result is served
 * only while it or that confirmation is younger than the staleness bound: a process that stops hearing (lost
 * connection, Redis down) stops trusting what it holds after at most that bound. After (re)subscribing, a process
 * replays the invalidations it could not broadcast, re-reads the generations, and empties its tier 1; each time but
 * the first this is a gap ({@link #gaps()}), which the process counts with the change log's.
 *
 * <p><b>Failure.</b> Commands time out quickly; a circuit breaker stops calling Redis after a few failures. Start
 * up never waits for Redis: the subscriber connects in the background and retries. While Redis is out of reach,
 * reads use tier 1 and the loader, and invalidations are applied locally and remembered for replay.
 *
 * <p>This class coordinates; its parts are the {@link Subscription} (what this process hears, and whether it is
 * in step), the {@link Acknowledgements} it waits for, the {@link PendingInvalidations} kept for replay, and the
 * {@link RedisCalls} that go through the circuit breaker.
 */
final class RedisTier implements SharedTier {
    static final String NAME = "tier2";
    private static final Logger LOG = LoggerFactory.getLogger(RedisTier.class);
    private static final long BUCKET_MILLIS = 10_000;

    private final CacheClock clock;
    private final LocalTier tier1;
    private final RedisSettings settings;
    private final RedisKeys keys;
    private final String node = String.format("%08x", ThreadLocalRandom.current().nextInt());
    private final long boundNanos;
    private final long versionTtlMillis;
    private final long oldestWritableLoadNanos;
    private final RedisCalls calls;
    private final ScheduledExecutorService maintenance;
    private final Subscription subscription;
    private final Acknowledgements acknowledgements;
    private final PendingInvalidations pending = new PendingInvalidations();
    private final AtomicInteger invalidatingEverything = new AtomicInteger();
    private final AtomicLong everythingVersion = new AtomicLong();

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder refusedWrites = new LongAdder();

    private volatile boolean closed;
    private volatile String space;
    private volatile long generationsCheckedAtNanos;
    private volatile long[] stored = {0, 0, 0};
    private volatile CacheGaps gaps = CacheGaps.NONE;
    /** Whether this process was ever in step: the first time is no gap (tier 1 held nothing it could have missed). */
    private boolean everSynced; // maintenance thread only
    private volatile Map<String, StoredResults> storedPerQuery = Map.of();

    @Inject
    RedisTier(LocalTier tier1, JedisPooled redis, RedisSettings settings, CacheSettings cacheSettings) {
        this.clock = tier1.clock();
        this.tier1 = tier1;
        this.settings = settings;
        this.keys = new RedisKeys(settings.keyPrefix());
        this.boundNanos = settings.stalenessBound().toNanos();
        long longestTtl = cacheSettings.ttls().values().stream().mapToLong(Duration::toMillis)
                .max().orElse(0);
        this.versionTtlMillis = Math.max(Duration.ofHours(1).toMillis(),
                2 * Math.max(longestTtl, cacheSettings.defaultTtl().toMillis()));
        this.oldestWritableLoadNanos = TimeUnit.MILLISECONDS.toNanos(versionTtlMillis / 4);
        long unheard = clock.read() - 2 * boundNanos;
        this.generationsCheckedAtNanos = unheard;
        this.calls = new RedisCalls(redis, settings, () -> closed);
        this.maintenance = Executors.newSingleThreadScheduledExecutor(daemon("tonearm-cache-maintenance"));
        this.subscription = new Subscription(settings, keys, node, clock, unheard, calls, () -> closed, maintenance,
                this::resynchronize, this::applyToTier1);
        this.acknowledgements = subscription.acknowledgements();
        long tick = Math.max(10, settings.stalenessBound().toMillis() / 4);
        maintenance.scheduleWithFixedDelay(this::maintain, tick, tick, TimeUnit.MILLISECONDS);
        subscription.start();
    }

    // ---------------------------------------------------------------- reads and writes

    @Override
    public boolean trustsEverything() {
        return false;
    }

    @Override
    public boolean trusts(long freshAsOfNanos, long nowNanos) {
        return nowNanos - Math.max(subscription.confirmedAtNanos(), freshAsOfNanos) <= boundNanos;
    }

    @Override
    public SharedRead read(Scope scope, String arguments) {
        Ready ready = ready(scope);
        if (ready == null) {
            return SharedRead.UNUSABLE;
        }
        String stored = scope.target().name();
        List<byte[]> values = calls.call(scope.query(), jedis -> jedis.mget(
                keys.entry(ready.space, ready.generations, stored, arguments),
                keys.version(ready.space, stored, arguments)));
        if (values == null) {
            return SharedRead.UNUSABLE;
        }
        return answer(ready, values.get(0), values.get(1));
    }

    @Override
    public Map<String, SharedRead> readAll(Scope scope, Collection<String> arguments) {
        Map<String, SharedRead> reads = new HashMap<>();
        Ready ready = ready(scope);
        List<String> ordered = List.copyOf(arguments);
        List<byte[]> values = null;
        if (ready != null && !ordered.isEmpty()) {
            String stored = scope.target().name();
            byte[][] names = new byte[ordered.size() * 2][];
            for (int i = 0; i < ordered.size(); i++) {
                names[2 * i] = keys.entry(ready.space, ready.generations, stored, ordered.get(i));
                names[2 * i + 1] = keys.version(ready.space, stored, ordered.get(i));
            }
            values = calls.call(scope.query(), jedis -> jedis.mget(names));
        }
        for (int i = 0; i < ordered.size(); i++) {
            reads.put(ordered.get(i), values == null ? SharedRead.UNUSABLE
                    : answer(ready, values.get(2 * i), values.get(2 * i + 1)));
        }
        return reads;
    }

    private SharedRead answer(Ready ready, byte[] bytes, byte[] version) {
        (bytes == null ? misses : hits).increment();
        return new SharedRead(bytes, ready.space, ready.generations, RedisKeys.number(version), ready.freshAsOfNanos,
                true);
    }

    /** @return what a read may use, or null if tier 2 must not be used for this reader */
    private Ready ready(Scope scope) {
        String current = space;
        if (!subscription.synced() || current == null || pending.any()) {
            return null;
        }
        long freshAsOf = Math.max(subscription.confirmedAtNanos(), generationsCheckedAtNanos);
        if (clock.read() - freshAsOf > boundNanos) {
            return null; // not sure any more to know every generation: the entries may predate invalidations
        }
        long shared = shared(scope.query(), scope.generation(), current);
        if (shared < 0) {
            return null;
        }
        if (scope.partition() == null) {
            return new Ready(current, Long.toString(shared), freshAsOf);
        }
        long partitionShared = shared(scope.partition(), scope.partitionGeneration(), current);
        return partitionShared < 0 ? null : new Ready(current, shared + "." + partitionShared, freshAsOf);
    }

    /** @return the shared counter of the query or partition in the reader's snapshot, fetched if not known yet */
    private long shared(QueryState query, Generation generation, String current) {
        long shared = generation.shared();
        return shared == Generation.UNKNOWN ? fetchGeneration(query, generation, current) : shared;
    }

    /** Reads a query's or partition's generation the first time this process uses it (in this key space). */
    private long fetchGeneration(QueryState query, Generation generation, String current) {
        long version = everythingVersion.get();
        if (invalidatingEverything.get() > 0) {
            return Generation.BLOCKED;
        }
        Object fetched = calls.script(query.parent() == null ? query : query.parent(), RedisScript.FETCH,
                List.of(keys.queries(current), keys.generation(current, query.name())),
                List.of(RedisKeys.bytes(query.name())));
        // an invalidation of everything that ran meanwhile may not be in what was read
        if (!(fetched instanceof Long shared) || everythingVersion.get() != version || !current.equals(space)) {
            return Generation.BLOCKED;
        }
        query.learnShared(shared);
        return query.generation().local() == generation.local() ? shared : Generation.BLOCKED;
    }

    @Override
    public void writeAll(Scope scope, List<SharedWrite> writes) {
        String current = space;
        if (!subscription.synced() || current == null || pending.any()) {
            return;
        }
        QueryState query = scope.query();
        String stored = scope.target().name();
        long now = clock.read();
        Map<String, List<SharedWrite>> byGenerations = new LinkedHashMap<>();
        for (SharedWrite write : writes) {
            SharedRead missed = write.missed();
            // a load older than that could have read before an entry version that has expired since
            if (missed.usable() && current.equals(missed.space()) && now - write.loadStartedNanos() < oldestWritableLoadNanos) {
                byGenerations.computeIfAbsent(missed.generations(), generations -> new ArrayList<>()).add(write);
            }
        }
        byGenerations.forEach((generations, group) -> {
            List<byte[]> names = new ArrayList<>(2 + 2 * group.size());
            List<byte[]> values = new ArrayList<>(4 + 3 * group.size());
            names.add(keys.generation(current, query.name()));
            names.add(keys.accounting(current));
            values.add(RedisKeys.bytes(generations));
            values.add(RedisKeys.bytes(Long.toString(BUCKET_MILLIS)));
            values.add(RedisKeys.bytes(query.name()));
            values.add(RedisKeys.bytes(keys.partitionGeneration(current, stored)));
            for (SharedWrite write : group) {
                names.add(keys.entry(current, generations, stored, write.arguments()));
                names.add(keys.version(current, stored, write.arguments()));
                values.add(RedisKeys.bytes(Long.toString(write.missed().version())));
                values.add(write.bytes());
                values.add(RedisKeys.bytes(Long.toString(write.ttlMillis())));
            }
            if (calls.script(query, RedisScript.WRITE, names, values) instanceof Long written) {
                refusedWrites.add(group.size() - written);
            }
        });
    }

    // ---------------------------------------------------------------- invalidations

    @Override
    public void invalidateEntry(QueryState target, String arguments) {
        String current = space;
        long id = acknowledgements.expect();
        try {
            Object receivers = current == null ? null : broadcast(RedisScript.INVALIDATE_ENTRY,
                    entryKeys(current, target.name(), arguments), entryArguments(current, target.name(), arguments, id));
            if (!(receivers instanceof Long count) || count < 0) {
                notBroadcast(receivers);
                pending.addEntry(target.name(), arguments);
                return;
            }
            acknowledgements.await(id, count);
        } finally {
            acknowledgements.forget(id);
        }
    }

    @Override
    public void invalidateQueries(Collection<QueryState> queries) {
        Map<String, Long> generations = broadcastQueries(queries, false, true, null);
        if (generations == null) {
            queries.forEach(QueryState::failInvalidation);
            pending.addQueries(queries.stream().map(QueryState::name).toList());
            return;
        }
        queries.forEach(query -> query.endInvalidation(generations.getOrDefault(query.name(), Generation.UNKNOWN)));
    }

    @Override
    public void invalidateAll(Supplier<Collection<QueryState>> beginLocally) {
        invalidatingEverything.incrementAndGet();
        everythingVersion.incrementAndGet();
        try {
            Collection<QueryState> queries = beginLocally.get();
            Map<String, Long> generations = broadcastQueries(queries, true, true, null);
            if (generations == null) {
                queries.forEach(QueryState::failInvalidation);
                pending.addEverything();
                return;
            }
            queries.forEach(query -> query.endInvalidation(generations.getOrDefault(query.name(), Generation.UNKNOWN)));
        } finally {
            everythingVersion.incrementAndGet();
            invalidatingEverything.decrementAndGet();
        }
    }

    /**
     * @param ackDeadlineNanos until when to wait for the acknowledgements, or null for the acknowledgement timeout
     *                         from the broadcast on
     * @return the new generation of each query, or null if the invalidation could not be broadcast
     */
    private Map<String, Long> broadcastQueries(Collection<QueryState> queries, boolean everything, boolean insist,
                                               Long ackDeadlineNanos) {
        String current = space;
        if (current == null) {
            notBroadcast(null);
            return null;
        }
        long id = acknowledgements.expect();
        try {
            List<byte[]> values = new ArrayList<>();
            values.add(RedisKeys.bytes(current));
            values.add(RedisKeys.bytes(keys.generationPrefix(current)));
            values.add(keys.channel());
            values.add(RedisKeys.bytes(InvalidationMessage.header(node, id, current, 'Q')));
            values.add(RedisKeys.bytes(everything ? "1" : "0"));
            queries.forEach(query -> values.add(RedisKeys.bytes(query.name())));
            Object result = insist ? broadcast(RedisScript.INVALIDATE_QUERIES, List.of(keys.queries(current)), values)
                    : calls.script(RedisScript.INVALIDATE_QUERIES, List.of(keys.queries(current)), values);
            if (!(result instanceof List<?> list) || !(list.get(0) instanceof Long receivers) || receivers < 0) {
                notBroadcast(result);
                return null;
            }
            Map<String, Long> generations = new HashMap<>();
            for (int i = 1; i + 1 < list.size(); i += 2) {
                generations.put(new String((byte[]) list.get(i), StandardCharsets.UTF_8), (Long) list.get(i + 1));
            }
            if (ackDeadlineNanos == null) {
                acknowledgements.await(id, receivers);
            } else {
                acknowledgements.await(id, receivers, ackDeadlineNanos);
            }
            return generations;
        } finally {
            acknowledgements.forget(id);
        }
    }

    /**
     * Runs an invalidation script for a caller. While this process hears Redis (its subscription is alive), a
     * failure is a passing one (a timeout on a busy machine, the breaker open after a few of them) and the other
     * processes, which hear Redis too, would keep trusting what they hold: so the script is tried again, past the
     * breaker, for up to the staleness bound. A process that does not hear Redis does not insist: the others
     * most likely do not hear it either, and stop trusting their tier 1 within the bound.
     *
     * @return the script's answer, or null if it could not run
     */
    private Object broadcast(RedisScript script, List<byte[]> names, List<byte[]> values) {
        Object answer = calls.script(script, names, values);
        long deadline = System.nanoTime() + boundNanos;
        while (answer == null && subscription.subscribed() && !closed && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            answer = calls.scriptPastBreaker(script, names, values);
        }
        return answer;
    }

    private void notBroadcast(Object answer) {
        if (answer != null) {
            // the script found another server than the key space's: it restarted, resynchronize
            subscription.markUnsynced("Redis was replaced (new run id)");
            calls.problem("Redis was replaced (new run id)");
        }
    }

    /**
     * Broadcasts what could not be broadcast before, in order of size: everything, queries, entries, and waits for
     * the acknowledgements like any invalidation: once this process is in step again, every other process has
     * applied what it replayed (or the acknowledgement timeout passed, after which they no longer trust what they
     * held before). A replay made while this process cannot hear acknowledgements (not subscribed) reaches the
     * others early but is kept, and made again once it can.
     *
     * @return whether everything waiting was broadcast and acknowledged
     */
    private boolean replayPending(String current) {
        PendingInvalidations.Drained drained = pending.drain();
        if (drained == null) {
            return true;
        }
        boolean hearing = subscription.subscribed();
        // one wait for the whole replay: the maintenance thread, which pings, must not stall for long
        long deadline = System.nanoTime() + settings.acknowledgementTimeout().toNanos();
        boolean replayed;
        if (drained.everything()) {
            List<QueryState> queries = List.copyOf(tier1.queries());
            Map<String, Long> generations = broadcastQueries(queries, true, false, deadline);
            replayed = generations != null;
            if (replayed) {
                queries.forEach(query -> query.broadcastLate(generations.getOrDefault(query.name(), Generation.UNKNOWN)));
            }
        } else {
            replayed = true;
            if (!drained.queries().isEmpty()) {
                List<QueryState> queries = drained.queries().stream().map(tier1::query).toList();
                Map<String, Long> generations = broadcastQueries(queries, false, false, deadline);
                replayed = generations != null;
                if (replayed) {
                    queries.forEach(query -> query.broadcastLate(generations.getOrDefault(query.name(), Generation.UNKNOWN)));
                }
            }
            if (replayed && !drained.entries().isEmpty()) {
                replayed = replayEntries(current, drained.entries(), deadline);
            }
        }
        if (!replayed) {
            pending.restore(drained);
            return false;
        }
        if (!hearing || !subscription.subscribed()) {
            pending.restoreUnheard(drained);
            LOG.debug("Broadcast the invalidations made while Redis was out of reach, unheard: again once subscribed");
            return false;
        }
        pending.replayed();
        LOG.info("Broadcast the invalidations made while Redis was out of reach");
        return true;
    }

    /** @return the KEYS of {@link RedisScript#INVALIDATE_ENTRY} for one entry of a query or partition */
    private List<byte[]> entryKeys(String current, String stored, String arguments) {
        return List.of(keys.generation(current, RedisKeys.queryOf(stored)), keys.version(current, stored, arguments),
                keys.accounting(current));
    }

    /** @return the ARGV of {@link RedisScript#INVALIDATE_ENTRY} for one entry, announced as message {@code id} */
    private List<byte[]> entryArguments(String current, String stored, String arguments, long id) {
        return List.of(RedisKeys.bytes(current), RedisKeys.bytes(keys.entryPrefix(current)),
                RedisKeys.bytes(keys.entrySuffix(stored, arguments)), RedisKeys.bytes(Long.toString(versionTtlMillis)),
                keys.channel(), InvalidationMessage.entry(node, id, current, stored, arguments),
                RedisKeys.bytes(Long.toString(BUCKET_MILLIS)), RedisKeys.bytes(RedisKeys.queryOf(stored)),
                RedisKeys.bytes(keys.partitionGeneration(current, stored)));
    }

    /** Broadcasts entry invalidations, then waits for all their acknowledgements until the deadline. */
    private boolean replayEntries(String current, Collection<Map.Entry<String, String>> entries, long deadline) {
        Map<Long, Long> receiversById = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> entry : entries) {
                long id = acknowledgements.expect();
                Object receivers = calls.script(RedisScript.INVALIDATE_ENTRY,
                        entryKeys(current, entry.getKey(), entry.getValue()),
                        entryArguments(current, entry.getKey(), entry.getValue(), id));
                if (!(receivers instanceof Long count) || count < 0) {
                    acknowledgements.forget(id);
                    return false;
                }
                receiversById.put(id, count);
            }
            receiversById.forEach((id, count) -> acknowledgements.await(id, count, deadline));
            return true;
        } finally {
            receiversById.keySet().forEach(acknowledgements::forget);
        }
    }

    // ---------------------------------------------------------------- maintenance, and what the subscription calls

    /** Runs on the maintenance thread every quarter of the staleness bound. */
    private void maintain() {
        try {
            Subscription.Listener current = subscription.listener();
            if (current != null && subscription.subscribed() && current.silent()) {
                calls.problem("the subscription stopped answering pings");
                current.stop();
            } else if (current != null && subscription.subscribed()) {
                current.sendPing();
                if (!subscription.synced()) {
                    resynchronize(current);
                }
            }
            String known = space;
            // unheard replays wait for the subscription, which resynchronizing replays them on
            if (known != null && pending.any() && (subscription.subscribed() || !pending.waitsForHearing())) {
                replayPending(known);
            }
            if (subscription.synced() && clock.read() - generationsCheckedAtNanos > boundNanos / 2) {
                checkGenerations(known);
            }
            noteHealth();
        } catch (RuntimeException e) {
            LOG.warn("Cache maintenance failed", e);
        }
    }

    /**
     * After (re)subscribing: replay what could not be broadcast, re-read the generations, empty tier 1 (messages
     * may have been lost while not subscribed), then trust what is heard from the subscription time on.
     */
    private void resynchronize(Subscription.Listener from) {
        long since = subscription.subscribedAtNanos();
        String fresh = from.runId().substring(0, Math.min(12, from.runId().length()));
        if (!fresh.equals(space)) {
            space = fresh;
            tier1.queries().forEach(QueryState::forgetShared);
        }
        if (!replayPending(fresh) || !checkGenerations(fresh)) {
            return; // the next maintenance run tries again
        }
        if (!subscription.declareSynced(from, since, tier1::invalidateAll)) {
            return; // the subscription dropped meanwhile: its successor resynchronizes
        }
        if (everSynced) {
            String loss = subscription.lastLoss();
            gaps = gaps.plus((loss == null ? "this process was out of step with Redis" : loss)
                    + "; back in step at " + Instant.now() + ", this process's own cache tier (tier 1) was dropped"
                    + " once, since another process's invalidation may have been missed meanwhile");
        }
        everSynced = true;
        noteHealth();
    }

    /** Logs when the shared tier goes out of use or comes back. Runs on the maintenance thread. */
    private void noteHealth() {
        calls.noteHealth(inStep(), this::outage);
    }

    /** Re-reads every known query's generation: catches any invalidation whose message was lost. */
    private boolean checkGenerations(String current) {
        long startedAt = clock.read();
        List<QueryState> queries = List.copyOf(tier1.queries());
        if (!queries.isEmpty()) {
            byte[][] names = queries.stream().map(query -> keys.generation(current, query.name())).toArray(byte[][]::new);
            List<byte[]> values = calls.call(jedis -> jedis.mget(names));
            if (values == null || !current.equals(space)) {
                return false;
            }
            for (int i = 0; i < queries.size(); i++) {
                queries.get(i).learnShared(RedisKeys.number(values.get(i)));
            }
        }
        generationsCheckedAtNanos = startedAt;
        return true;
    }

    /**
     * Applies another process's invalidation to tier 1. The subscription calls it on its thread, in the order Redis
     * sent them, and acknowledges the message once it returns.
     */
    private void applyToTier1(InvalidationMessage message) {
        if (message.isEntry()) {
            QueryState query = tier1.existingQuery(message.query());
            if (query != null) {
                tier1.invalidateEntry(query, message.arguments());
            }
        } else {
            boolean sameSpace = message.space().equals(space);
            message.generations().forEach((name, generation) -> {
                QueryState query = tier1.existingQuery(name);
                if (query != null) {
                    if (sameSpace) {
                        query.invalidatedElsewhere(generation);
                    } else {
                        query.advanceLocal();
                    }
                }
            });
        }
    }

    // ---------------------------------------------------------------- health, statistics

    /** @return what is wrong with the shared tier, or null while it is in use */
    String outage() {
        if (inStep()) {
            return null;
        }
        Instant since = calls.downSince();
        StringBuilder text = new StringBuilder(since == null ? "out of use" : "out of use since " + since);
        text.append(": ").append(calls.problemOr("not synchronized yet"));
        if (calls.breakerOpen()) {
            text.append("; circuit breaker open");
        }
        int waiting = pending.size();
        if (waiting > 0) {
            text.append("; ").append(waiting).append(" invalidation(s) wait to be broadcast");
        }
        if (!subscription.subscribed()) {
            text.append("; not subscribed to invalidations");
        }
        return text.toString();
    }

    /** @return whether this process is subscribed, synchronized, and has nothing waiting to be broadcast */
    boolean inStep() {
        return subscription.synced() && !pending.any() && calls.breakerClosed();
    }

    @Override
    public TierStatistics statistics() {
        String current = space;
        if (current != null && subscription.synced()) {
            Object counted = calls.script(RedisScript.ACCOUNT, List.of(keys.accounting(current)),
                    List.of(RedisKeys.bytes(Long.toString(BUCKET_MILLIS))));
            if (counted instanceof List<?> list && list.size() >= 3 && (list.size() - 3) % 4 == 0) {
                stored = new long[] {(Long) list.get(0), (Long) list.get(1), (Long) list.get(2)};
                Map<String, StoredResults> perQuery = new HashMap<>();
                for (int i = 3; i < list.size(); i += 4) {
                    // entries, bytes, evictions from {name, bytes, entries, expired}
                    perQuery.put(new String((byte[]) list.get(i), StandardCharsets.UTF_8), new StoredResults(
                            (Long) list.get(i + 2), (Long) list.get(i + 1), (Long) list.get(i + 3)));
                }
                storedPerQuery = Map.copyOf(perQuery);
            }
        }
        long[] known = stored;
        long hit = hits.sum();
        long miss = misses.sum();
        String outage = outage();
        return new TierStatistics(NAME, hit + miss, hit, miss, known[2], known[1], known[0], calls.errors(),
                outage == null, outage == null ? "up" : outage);
    }

    @Override
    public Map<String, StoredResults> storedByQuery() {
        return storedPerQuery;
    }

    @Override
    public CacheGaps gaps() {
        return gaps;
    }

    /** @return invalidations that returned before every process acknowledged them */
    long unacknowledgedInvalidations() {
        return acknowledgements.unacknowledged();
    }

    /** @return conditional writes that Redis refused because an invalidation came first */
    long refusedWrites() {
        return refusedWrites.sum();
    }

    @Override
    public void close() {
        closed = true;
        subscription.wakeUp();
        maintenance.shutdownNow();
        subscription.close();
        calls.close();
    }

    /** @return a factory of daemon threads of that name: forgetting to close the tier does not keep the JVM alive */
    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** @param generations the shared generations entries are read under: "7", or "7.2" for a partition */
    private record Ready(String space, String generations, long freshAsOfNanos) {
    }
}
