package io.tonearm.adapters.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-sent events from one source to any number of subscribers: while anyone subscribes, one sampler task runs
 * once per period and its events (built once) go to every subscriber, so that the cost of sampling does not grow
 * with their number. Each subscriber has a small bounded queue, written out by a writer thread of its own only
 * while it has events (at most one at a time per subscriber); a subscriber whose queue is full has fallen behind
 * and is dropped (its connection closed) while the others go on: nothing is buffered without bound.
 */
final class EventFanOut implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventFanOut.class);

    /** One event: its name and its data, a line of JSON. */
    record Event(String name, String data) {
        Event {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(data, "data");
        }
    }

    /** Where a subscriber's events are written: its connection. */
    interface Sink {
        /** Writes the event; may block while the client does not read. Throws if the connection is gone. */
        void send(Event event) throws Exception;

        /** Closes the connection; called once, when the subscriber is dropped or cancelled. */
        void close();
    }

    /** A subscriber's handle: cancel it when its connection closes. */
    interface Subscription {
        void cancel();
    }

    private final Supplier<List<Event>> sampler;
    private final Duration period;
    private final int queueCapacity;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledThreadPoolExecutor scheduler;
    private final ExecutorService writers;
    /** Held while sampling and while a subscriber joins. */
    private final Object sampleLock = new Object();
    private List<Event> lastSample = List.of();
    private ScheduledFuture<?> sampling;

    /**
     * @param sampler       reads the source once and returns its events; called on the sampler thread only
     * @param period        how often the sampler runs while anyone subscribes
     * @param queueCapacity how many events a subscriber may have unwritten before it is dropped
     */
    EventFanOut(String name, Supplier<List<Event>> sampler, Duration period, int queueCapacity) {
        this.sampler = Objects.requireNonNull(sampler, "sampler");
        this.period = Objects.requireNonNull(period, "period");
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be at least 1 but was " + queueCapacity);
        }
        this.queueCapacity = queueCapacity;
        this.scheduler = new ScheduledThreadPoolExecutor(1, daemons(name + "-sampler"));
        scheduler.setRemoveOnCancelPolicy(true);
        // threads exist only while some subscriber has events to write: none at all without subscribers
        this.writers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemons(name + "-writer"));
    }

    /**
     * Adds a subscriber; the first one starts the sampler (which samples at once), a later one is sent the last
     * sample at once, then {@code greeting}.
     */
    Subscription subscribe(Sink sink, List<Event> greeting) {
        Subscriber subscriber = new Subscriber(Objects.requireNonNull(sink, "sink"));
        synchronized (sampleLock) { // the last sample or the next one, never both and never neither
            subscribers.add(subscriber);
            lastSample.forEach(subscriber::offer);
        }
        greeting.forEach(subscriber::offer);
        startSampling();
        return subscriber::cancel;
    }

    /** Sends {@code event} to every subscriber (without blocking: a subscriber that cannot take it is dropped). */
    void publish(Event event) {
        Objects.requireNonNull(event, "event");
        for (Subscriber subscriber : subscribers) {
            subscriber.offer(event);
        }
    }

    /** Samples once and sends the events to every subscriber; without subscribers, does nothing. */
    void tick() {
        synchronized (sampleLock) {
            if (subscribers.isEmpty()) {
                return;
            }
            List<Event> sample = List.copyOf(sampler.get());
            lastSample = sample;
            sample.forEach(this::publish);
        }
    }

    /** @return how many subscribers there are */
    int subscribers() {
        return subscribers.size();
    }

    /** @return whether the sampler is scheduled (it is while anyone subscribes) */
    synchronized boolean sampling() {
        return sampling != null;
    }

    @Override
    public void close() {
        subscribers.forEach(Subscriber::cancel);
        scheduler.shutdownNow();
        writers.shutdownNow();
    }

    private synchronized void startSampling() {
        if (sampling == null && !scheduler.isShutdown()) {
            sampling = scheduler.scheduleAtFixedRate(this::safeTick, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void stopSamplingIfAlone() {
        if (subscribers.isEmpty() && sampling != null) {
            sampling.cancel(false);
            sampling = null;
        }
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) { // a failed sample must not end the schedule
            LOG.warn("sampling the events failed", e);
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private final class Subscriber {
        private final Sink sink;
        private final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(queueCapacity);
        private final AtomicBoolean writing = new AtomicBoolean();
        private final AtomicBoolean closed = new AtomicBoolean();

        Subscriber(Sink sink) {
            this.sink = sink;
        }

        void offer(Event event) {
            if (closed.get()) {
                return;
            }
            if (!queue.offer(event)) {
                LOG.debug("an event subscriber fell {} events behind: dropped", queueCapacity);
                cancel();
                return;
            }
            startWriting();
        }

        private void startWriting() {
            if (!queue.isEmpty() && writing.compareAndSet(false, true)) {
                try {
                    writers.execute(this::write);
                } catch (RejectedExecutionException e) { // shutting down
                    cancel();
                }
            }
        }

        private void write() {
            try {
                for (Event event = queue.poll(); event != null && !closed.get(); event = queue.poll()) {
                    sink.send(event);
                }
            } catch (Exception e) { // the connection is gone
                cancel();
            } finally {
                writing.set(false);
            }
            if (!closed.get()) {
                startWriting(); // an event offered after the last poll, before writing was reset
            }
        }

        void cancel() {
            if (closed.compareAndSet(false, true)) {
                subscribers.remove(this);
                queue.clear();
                try {
                    sink.close();
                } catch (RuntimeException e) {
                    LOG.debug("closing an event subscriber failed", e);
                }
                stopSamplingIfAlone();
            }
        }
    }
}
