package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventFanOutTest {
    /** Long enough that the scheduled sampler never runs on its own during a test: the tests tick by hand. */
    private static final Duration NEVER = Duration.ofHours(1);

    private final AtomicInteger samples = new AtomicInteger();
    private EventFanOut fanOut = new EventFanOut("test", this::sample, NEVER, 4);

    @AfterEach
    void close() {
        fanOut.close();
    }

    private List<EventFanOut.Event> sample() {
        return List.of(new EventFanOut.Event("stats", "{\"n\":" + samples.incrementAndGet() + "}"));
    }

    /** Records what it was sent; closed when dropped. */
    private static class RecordingSink implements EventFanOut.Sink {
        final List<EventFanOut.Event> received = new CopyOnWriteArrayList<>();
        final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public void send(EventFanOut.Event event) throws Exception {
            received.add(event);
        }

        @Override
        public void close() {
            closed.countDown();
        }

        boolean isClosed() {
            return closed.getCount() == 0;
        }
    }

    /** Never reads: its first write blocks until released. */
    private static final class StuckSink extends RecordingSink {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void send(EventFanOut.Event event) throws Exception {
            release.await(10, TimeUnit.SECONDS);
            super.send(event);
        }
    }

    @Test
    void everySubscriber_getsTheSameEvent_sampledOncePerTick() throws Exception {
        List<RecordingSink> sinks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            RecordingSink sink = new RecordingSink();
            sinks.add(sink);
            fanOut.subscribe(sink, List.of());
        }
        until(() -> samples.get() == 1); // the first subscriber started the sampler, which sampled at once
        fanOut.tick();
        fanOut.tick();

        assertThat(samples.get()).as("once per tick, whatever the number of subscribers").isEqualTo(3);
        for (RecordingSink sink : sinks) {
            until(() -> sink.received.size() >= 3);
        }
        for (RecordingSink sink : sinks) {
            assertThat(sink.received).extracting(EventFanOut.Event::data).endsWith("{\"n\":2}", "{\"n\":3}");
            // the very same objects: serialized once, not once per subscriber
            assertThat(sink.received.get(sink.received.size() - 1))
                    .isSameAs(sinks.get(0).received.get(sinks.get(0).received.size() - 1));
        }
    }

    @Test
    void withoutSubscribers_aTickSamplesNothing() {
        fanOut.tick();

        assertThat(samples.get()).isZero();
        assertThat(fanOut.sampling()).isFalse();
    }

    @Test
    void aSlowSubscriber_isDropped_whileTheOthersGoOn() throws Exception {
        RecordingSink fast = new RecordingSink();
        StuckSink slow = new StuckSink();
        fanOut.subscribe(fast, List.of());
        fanOut.subscribe(slow, List.of());

        for (int i = 0; i < 20; i++) {
            fanOut.publish(new EventFanOut.Event("invalidation", "{\"i\":" + i + "}"));
            long sent = i + 1;
            until(() -> fast.received.stream().filter(e -> e.name().equals("invalidation")).count() == sent);
        }
        slow.release.countDown();

        assertThat(slow.closed.await(5, TimeUnit.SECONDS)).as("the slow one is closed").isTrue();
        until(() -> fast.received.stream().filter(e -> e.name().equals("invalidation")).count() == 20);
        assertThat(fast.isClosed()).isFalse();
        assertThat(fanOut.subscribers()).isEqualTo(1);
        assertThat(slow.received.size()).as("never more than one being written plus a full queue").isLessThan(6);
    }

    @Test
    void aSubscriberWhoseConnectionFails_isDropped() throws Exception {
        RecordingSink broken = new RecordingSink() {
            @Override
            public void send(EventFanOut.Event event) {
                throw new IllegalStateException("gone");
            }
        };
        fanOut.subscribe(broken, List.of());
        fanOut.publish(new EventFanOut.Event("invalidation", "{}"));

        assertThat(broken.closed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(fanOut.subscribers()).isZero();
    }

    @Test
    void theSampler_runsWhileAnyoneSubscribes_andStopsWithTheLast() {
        EventFanOut.Subscription first = fanOut.subscribe(new RecordingSink(), List.of());
        EventFanOut.Subscription second = fanOut.subscribe(new RecordingSink(), List.of());
        assertThat(fanOut.sampling()).isTrue();

        first.cancel();
        assertThat(fanOut.sampling()).isTrue();
        second.cancel();
        assertThat(fanOut.sampling()).isFalse();
        assertThat(fanOut.subscribers()).isZero();
    }

    @Test
    void aLaterSubscriber_isSentTheLastSample_thenItsGreeting_atOnce() throws Exception {
        RecordingSink first = new RecordingSink();
        fanOut.subscribe(first, List.of());
        // the sample is kept before it is sent: once the first subscriber has it, a later one is given it
        until(() -> first.received.size() == 1);
        RecordingSink late = new RecordingSink();
        fanOut.subscribe(late, List.of(new EventFanOut.Event("invalidation", "{}")));

        until(() -> late.received.size() == 2);
        assertThat(late.received).extracting(EventFanOut.Event::name).containsExactly("stats", "invalidation");
        assertThat(samples.get()).isEqualTo(1);
    }

    @Test
    void theSampler_runsByItself_everyPeriod() {
        fanOut.close();
        fanOut = new EventFanOut("test", this::sample, Duration.ofMillis(50), 1000); // never dropped on a busy machine
        RecordingSink sink = new RecordingSink();
        fanOut.subscribe(sink, List.of());

        until(() -> sink.received.size() >= 3);
    }

    /** Waits up to 5 s for {@code condition}, failing the test if it never holds. */
    private static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the condition held within 5 s").isLessThan(deadline);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void aQueueOfNothing_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EventFanOut("test", List::of, NEVER, 0));
    }
}
