package io.tonearm.adapters.http;

import io.javalin.http.sse.SseClient;
import io.tonearm.application.Invalidation;
import io.tonearm.application.InvalidationListener;
import io.tonearm.application.changelog.ChangeFollower;
import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.monitoring.HealthReport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code GET /api/cache/events}: the cache dashboard's live feed over Server-Sent Events. Once a second while
 * anyone listens, the cache is checked once and the same {@code health} and {@code stats} events (the bodies of
 * {@code /api/cache/stats} and {@code /api/cache/health}) go to every open connection; every change's
 * {@code invalidation} is pushed as it happens. A client that falls {@value #QUEUE} events behind is disconnected
 * (its browser reconnects by itself).
 */
final class CacheEvents implements InvalidationListener, AutoCloseable {
    /** How often the cache is sampled while anyone listens. */
    static final Duration PERIOD = Duration.ofSeconds(1);
    /** How many events a client may have unwritten: a few seconds of samples and a burst of invalidations. */
    static final int QUEUE = 32;
    /** How many of the latest invalidations a new client is sent at once. */
    static final int RECENT = 20;

    private final Optional<CacheMonitor> monitor;
    private final Optional<ChangeFollower> changeLog;
    private final ApiJson json;
    private final EventFanOut fanOut;
    private final Deque<EventFanOut.Event> recent = new ArrayDeque<>();

    @Inject
    CacheEvents(Optional<CacheMonitor> monitor, Optional<ChangeFollower> changeLog, ApiJson json) {
        this.monitor = monitor;
        this.changeLog = changeLog;
        this.json = json;
        this.fanOut = new EventFanOut("cache-events", this::sample, PERIOD, QUEUE);
    }

    /** Keeps {@code client}'s connection open and subscribes it until it closes. */
    void serve(SseClient client) {
        client.keepAlive();
        EventFanOut.Subscription subscription = fanOut.subscribe(new EventFanOut.Sink() {
            @Override
            public void send(EventFanOut.Event event) {
                client.sendEvent(event.name(), event.data());
                if (client.terminated()) {
                    throw new IllegalStateException("the client went away");
                }
            }

            @Override
            public void close() {
                client.close();
            }
        }, recentInvalidations());
        client.onClose(subscription::cancel);
    }

    @Override
    public void invalidated(Invalidation invalidation) {
        EventFanOut.Event event = new EventFanOut.Event("invalidation", json.text(new InvalidationEvent(
                Instant.now(), invalidation.change(), new TreeSet<>(invalidation.queries()),
                new TreeSet<>(invalidation.partitionQueries()), new TreeSet<>(invalidation.entryQueries()))));
        synchronized (recent) {
            recent.addLast(event);
            if (recent.size() > RECENT) {
                recent.removeFirst();
            }
        }
        fanOut.publish(event);
    }

    @Override
    public void close() {
        fanOut.close();
    }

    /** @return how many clients are connected */
    int clients() {
        return fanOut.subscribers();
    }

    private List<EventFanOut.Event> recentInvalidations() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    private List<EventFanOut.Event> sample() {
        if (monitor.isEmpty()) {
            return List.of();
        }
        CacheMonitor cache = monitor.get();
        HealthReport report = cache.check();
        // health first: a page renders on stats, with the health of the same check
        return List.of(new EventFanOut.Event("health", json.text(CacheRoutes.healthOf(report))),
                new EventFanOut.Event("stats", json.text(CacheRoutes.statsOf(cache, report, changeLog))));
    }

    /** An {@code invalidation} event: which change dropped which named queries, and when. */
    record InvalidationEvent(Instant at, String change, Set<String> queries, Set<String> partitionQueries,
                             Set<String> entryQueries) {
    }
}
