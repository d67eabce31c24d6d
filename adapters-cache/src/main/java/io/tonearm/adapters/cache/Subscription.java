package io.tonearm.adapters.cache;

import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.BinaryJedisPubSub;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * This process's subscription to the invalidations of the others and to the acknowledgements of its own, and what
 * it tells: whether this process hears the others now ({@link #subscribed()}), whether it is in step with them
 * ({@link #synced()}), and up to when it is sure to have heard everything ({@link #confirmedAtNanos()}).
 *
 * <p>A subscriber thread connects, subscribes, and on any failure starts again after a short pause; it applies
 * the invalidations of other processes in the order Redis sent them and acknowledges each. Declaring the process
 * in step is left to the tier ({@link #declareSynced}), which first replays and re-reads what may have been missed.
 */
final class Subscription {
    // the tier's one logger, so that its lines keep the name they always had
    private static final Logger LOG = LoggerFactory.getLogger(RedisTier.class);

    private final RedisConnections connections;
    private final RedisKeys keys;
    private final String node;
    private final CacheClock clock;
    private final long boundNanos;
    private final RedisCalls calls;
    private final BooleanSupplier closed;
    private final Executor maintenance;
    private final Consumer<Listener> resynchronize;
    private final Consumer<InvalidationMessage> applyToTier1;
    private final Acknowledgements acknowledgements;
    private final ExecutorService acknowledger;
    private final Thread thread;

    private volatile Listener listener;
    /** Guards the subscription's end against a resynchronization declaring it in step at the same moment. */
    private final Object subscription = new Object();
    private volatile boolean subscribed;
    private volatile boolean synced;
    private volatile long subscribedAtNanos;
    private volatile long confirmedAtNanos;
    /** Why this process last went out of step after it had been in step (null until it does). */
    private volatile String lastLoss;

    /**
     * @param node          this process's name, whose acknowledgement channel is subscribed to
     * @param unheardNanos  the {@link CacheClock} time as of which this process heard everything, until it does
     * @param closed        whether the tier is closed, after which the subscription stops
     * @param maintenance   the tier's maintenance thread, which resynchronizes after a subscription began
     * @param resynchronize run on the maintenance thread for a subscription that began and is not in step yet
     * @param applyToTier1  applies another process's invalidation to tier 1 (on the subscriber thread, in order)
     */
    Subscription(RedisSettings settings, RedisKeys keys, String node, CacheClock clock, long unheardNanos,
                 RedisCalls calls, BooleanSupplier closed, Executor maintenance, Consumer<Listener> resynchronize,
                 Consumer<InvalidationMessage> applyToTier1) {
        this.connections = new RedisConnections(settings);
        this.keys = keys;
        this.node = node;
        this.clock = clock;
        this.boundNanos = settings.stalenessBound().toNanos();
        this.confirmedAtNanos = unheardNanos;
        this.calls = calls;
        this.closed = closed;
        this.maintenance = maintenance;
        this.resynchronize = resynchronize;
        this.applyToTier1 = applyToTier1;
        this.acknowledgements = new Acknowledgements(settings.acknowledgementTimeout(), () -> subscribed);
        this.acknowledger = Executors.newSingleThreadExecutor(RedisTier.daemon("tonearm-cache-acknowledger"));
        this.thread = RedisTier.daemon("tonearm-cache-subscriber").newThread(this::subscribe);
    }

    /** Starts the subscriber thread. */
    void start() {
        thread.start();
    }

    /** @return the acknowledgements this process waits for, which only a subscribed process hears */
    Acknowledgements acknowledgements() {
        return acknowledgements;
    }

    /** @return the current subscription, or null between two */
    Listener listener() {
        return listener;
    }

    boolean subscribed() {
        return subscribed;
    }

    boolean synced() {
        return synced;
    }

    /** @return the {@link CacheClock} time the current subscription began */
    long subscribedAtNanos() {
        return subscribedAtNanos;
    }

    /** @return the {@link CacheClock} time up to which every message published was applied here */
    long confirmedAtNanos() {
        return confirmedAtNanos;
    }

    /**
     * Takes this process out of step: the maintenance thread resynchronizes it.
     *
     * @param why what happened, for {@link #lastLoss()}
     */
    void markUnsynced(String why) {
        synchronized (subscription) {
            if (synced) {
                lastLoss = why + " at " + Instant.now();
            }
            synced = false;
        }
    }

    /**
     * @return why this process last went out of step after it had been in step, and when (a subscription lost, a
     *     Redis replaced), or null if it never did
     */
    String lastLoss() {
        return lastLoss;
    }

    /**
     * Declares this process in step as of {@code since}, after running {@code beforehand} (which empties tier 1),
     * unless the subscription {@code from} has ended meanwhile.
     *
     * @return whether this process was declared in step
     */
    boolean declareSynced(Listener from, long since, Runnable beforehand) {
        synchronized (subscription) {
            // The subscription this ran for may have dropped meanwhile, and what was published since is lost: its
            // successor must resynchronize again, so only a subscription still current may be declared in step.
            if (listener != from || !subscribed) {
                return false;
            }
            beforehand.run();
            confirmedAtNanos = since;
            synced = true;
            return true;
        }
    }

    /** Wakes the subscriber thread from its pause between two subscriptions; the tier is closed by now. */
    void wakeUp() {
        synchronized (this) {
            notifyAll();
        }
    }

    /** Stops acknowledging, ends the current subscription, and waits a while for the subscriber thread to end. */
    void close() {
        acknowledger.shutdownNow();
        Listener current = listener;
        if (current != null) {
            current.stop();
        }
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The subscriber thread: connect, subscribe, and on any failure start again after a short pause. */
    private void subscribe() {
        long pause = 20;
        while (!closed.getAsBoolean()) {
            String ended = null;
            try (Jedis connection = connections.subscriber(node)) {
                String runId = runId(connection.info("server"));
                Listener current = new Listener(connection, runId);
                listener = current;
                pause = 20;
                connection.subscribe(current, keys.channel(), keys.acknowledgements(node));
            } catch (JedisException | IllegalStateException e) {
                ended = e.getClass().getSimpleName() + ": " + e.getMessage();
                if (!closed.getAsBoolean()) {
                    calls.problem("subscription lost: " + e.getMessage());
                }
            } finally {
                synchronized (subscription) {
                    if (synced && !closed.getAsBoolean()) {
                        lastLoss = "the subscription to Redis was lost at " + Instant.now() + " ("
                                + (ended != null ? ended : calls.problemOr("it ended")) + ")";
                    }
                    listener = null;
                    subscribed = false;
                    synced = false;
                }
            }
            synchronized (this) {
                if (!closed.getAsBoolean()) {
                    try {
                        wait(pause);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            pause = Math.min(pause * 2, 500);
        }
    }

    private static String runId(String info) {
        for (String line : info.split("\r?\n")) {
            if (line.startsWith("run_id:")) {
                return line.substring("run_id:".length()).trim();
            }
        }
        throw new IllegalStateException("INFO server has no run_id");
    }

    /** Applies another process's invalidation (on the subscriber thread, in the order Redis sent them). */
    private void apply(InvalidationMessage message) {
        if (message.origin().equals(node)) {
            acknowledgements.received(message.id());
            return;
        }
        applyToTier1.accept(message);
        byte[] channel = keys.acknowledgements(message.origin());
        byte[] id = RedisKeys.bytes(Long.toString(message.id()));
        try {
            // past the breaker: a message just came through Redis, so it answers, and an acknowledgement the breaker
            // swallowed would hold the invalidating process up for the whole acknowledgement timeout
            acknowledger.execute(() -> acknowledge(channel, id));
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    private void acknowledge(byte[] channel, byte[] id) {
        if (closed.getAsBoolean()) {
            return;
        }
        calls.publishPastBreaker(channel, id);
    }

    /** One subscription: receives invalidations and acknowledgements, and the pongs that confirm them. */
    final class Listener extends BinaryJedisPubSub {
        private final Jedis connection;
        private final String runId;
        private volatile long lastPongNanos = System.nanoTime();

        private Listener(Jedis connection, String runId) {
            this.connection = connection;
            this.runId = runId;
        }

        /** @return the run id of the Redis server this subscription is connected to */
        String runId() {
            return runId;
        }

        /** @return whether no pong came for so long that the connection must be dead (Jedis waits forever) */
        boolean silent() {
            return System.nanoTime() - lastPongNanos > Math.max(2 * boundNanos, TimeUnit.SECONDS.toNanos(2));
        }

        @Override
        public void onSubscribe(byte[] channel, int subscribedChannels) {
            if (subscribedChannels == 2) {
                subscribedAtNanos = clock.read();
                subscribed = true;
                try {
                    maintenance.execute(() -> {
                        if (listener == this && subscribed && !synced) {
                            resynchronize.accept(this);
                        }
                    });
                } catch (RejectedExecutionException e) {
                    // closing
                }
            }
        }

        @Override
        public void onMessage(byte[] channel, byte[] message) {
            if (Arrays.equals(channel, keys.channel())) {
                try {
                    apply(InvalidationMessage.parse(message));
                } catch (IllegalArgumentException e) {
                    LOG.debug("Ignored a message that is not an invalidation: {}", e.getMessage());
                }
            } else {
                acknowledgements.received(RedisKeys.number(message));
            }
        }

        @Override
        public void onPong(byte[] sentAt) {
            lastPongNanos = System.nanoTime();
            // everything published before the ping was sent has been applied by now (one connection, in order)
            if (synced && sentAt != null && sentAt.length > 0) {
                long sent = RedisKeys.number(sentAt);
                if (sent - confirmedAtNanos > 0) {
                    confirmedAtNanos = sent;
                }
            }
        }

        synchronized void sendPing() {
            if (isSubscribed()) {
                try {
                    ping(RedisKeys.bytes(Long.toString(clock.read())));
                } catch (JedisException e) {
                    calls.problem("ping failed: " + e.getMessage());
                }
            }
        }

        synchronized void stop() {
            try {
                if (isSubscribed()) {
                    unsubscribe();
                }
            } catch (JedisException e) {
                // the connection is going away anyway
            }
            connection.disconnect();
        }
    }
}
