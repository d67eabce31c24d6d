package io.tonearm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Supervision of real child processes ({@code sleep}): what restarts, what gives up, what stays stopped. */
class ProcessSupervisorTest {
    private static final ProcessSupervisor.Policy QUICK = new ProcessSupervisor.Policy(3, Duration.ofMillis(10),
            Duration.ofMinutes(1));

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void aProcessThatDies_isStartedAgain_andTheNewOneReported() throws Exception {
        CountDownLatch restarted = new CountDownLatch(1);
        List<Process> reported = new ArrayList<>();
        ProcessSupervisor supervisor = new ProcessSupervisor("sleep", sleep(), this::sleep, QUICK, process -> {
            reported.add(process);
            restarted.countDown();
        }, () -> { });
        Process first = supervisor.current();

        first.destroyForcibly();

        assertThat(restarted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(supervisor.current()).isNotSameAs(first).isSameAs(reported.get(0));
        assertThat(supervisor.current().isAlive()).isTrue();
        assertThat(supervisor.isRunning()).isTrue();
        supervisor.stopWatching().destroy();
    }

    @Test
    void whenEveryTryFails_itGivesUpOnce_afterTheNumberOfTries() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        CountDownLatch gaveUp = new CountDownLatch(1);
        ProcessSupervisor supervisor = new ProcessSupervisor("sleep", sleep(), () -> {
            tries.incrementAndGet();
            throw new IOException("cannot start");
        }, QUICK, process -> { }, gaveUp::countDown);

        supervisor.current().destroyForcibly();

        assertThat(gaveUp.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(tries.get()).isEqualTo(QUICK.attempts());
        assertThat(supervisor.gaveUp()).isTrue();
        assertThat(supervisor.isRunning()).isFalse();
    }

    @Test
    void aProcessThatKeepsDyingRightAfterItsStart_usesUpTheTriesToo() throws Exception {
        AtomicInteger starts = new AtomicInteger();
        CountDownLatch gaveUp = new CountDownLatch(1);
        ProcessSupervisor supervisor = new ProcessSupervisor("true", sleep(), () -> {
            starts.incrementAndGet();
            return track(new ProcessBuilder("true").start());
        }, QUICK, process -> { }, gaveUp::countDown);

        supervisor.current().destroyForcibly();

        assertThat(gaveUp.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(starts.get()).isEqualTo(QUICK.attempts());
    }

    @Test
    void aProcessStoppedOnPurpose_staysStopped() throws Exception {
        AtomicInteger starts = new AtomicInteger();
        ProcessSupervisor supervisor = new ProcessSupervisor("sleep", sleep(), () -> {
            starts.incrementAndGet();
            return sleep();
        }, QUICK, process -> { }, () -> { });

        Process stopped = supervisor.stopWatching();
        stopped.destroy();
        stopped.waitFor(10, TimeUnit.SECONDS);
        Thread.sleep(200);

        assertThat(starts.get()).isZero();
    }

    private Process sleep() throws IOException {
        return track(new ProcessBuilder("sleep", "60").start());
    }

    private Process track(Process process) {
        synchronized (started) {
            started.add(process);
        }
        return process;
    }
}
