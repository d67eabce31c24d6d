package io.tonearm.adapters.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.application.users.Authentication;
import io.tonearm.application.users.Caller;
import io.tonearm.application.users.SignIn;
import io.tonearm.domain.user.Credentials;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The same credentials on many connections at once are verified once: a client opening a pool of 64 connections
 * with a password costs one hash, not 64 (which, at 19 MiB each, once exhausted a 512 MiB heap).
 */
class CredentialCheckTest {
    private static final Caller ANN = new Caller(new UserId(1), UserName.of("ann"), false);
    private static final int CONNECTIONS = 16;

    private final ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);

    @AfterEach
    void stop() {
        clients.shutdownNow();
    }

    /** Verifies slowly: every verification waits for the test to let it finish. */
    private static final class SlowAuthentication implements Authentication {
        final AtomicInteger verifications = new AtomicInteger();
        final CountDownLatch finish = new CountDownLatch(1);
        final Optional<SignIn> answer;

        SlowAuthentication(Optional<SignIn> answer) {
            this.answer = answer;
        }

        @Override
        public Optional<SignIn> verify(Credentials credentials) {
            verifications.incrementAndGet();
            try {
                assertThat(finish.await(10, TimeUnit.SECONDS)).as("the test lets the verification finish").isTrue();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            return answer;
        }

        @Override
        public Optional<Caller> recheck(SignIn signIn) {
            return Optional.of(signIn.caller());
        }
    }

    /** Starts one sign-in per connection, waits until one verifies and the others wait for it, then lets it end. */
    private List<Future<Caller>> signInAtOnce(CredentialCheck check, SlowAuthentication authentication,
                                              Credentials credentials) throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Future<Caller>> answers = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            answers.add(clients.submit(() -> {
                synchronized (threads) {
                    threads.add(Thread.currentThread());
                }
                return check.authenticate(credentials, "192.0.2.7");
            }));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (waiting(threads) < CONNECTIONS && System.nanoTime() < deadline) {
            Thread.sleep(5); // polling thread states: nothing to be told of
        }
        assertThat(waiting(threads)).as("every connection is verifying or waiting").isEqualTo(CONNECTIONS);
        authentication.finish.countDown();
        return answers;
    }

    private static int waiting(List<Thread> threads) {
        synchronized (threads) {
            return (int) threads.stream()
                    .filter(t -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING)
                    .count();
        }
    }

    @Test
    void theSameCredentialsAtOnce_areVerifiedOnce_andEveryConnectionIsSignedIn() throws Exception {
        SlowAuthentication authentication = new SlowAuthentication(Optional.of(new SignIn(ANN, 1, null)));
        CredentialCheck check = new CredentialCheck(authentication, AuthSettings.defaults());

        for (Future<Caller> answer : signInAtOnce(check, authentication, Credentials.password("ann", "secret-1"))) {
            assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(ANN);
        }
        assertThat(authentication.verifications).hasValue(1);
    }

    @Test
    void wrongCredentialsAtOnce_areVerifiedOnce_andEveryConnectionIsRefused() throws Exception {
        SlowAuthentication authentication = new SlowAuthentication(Optional.empty());
        CredentialCheck check = new CredentialCheck(authentication, AuthSettings.defaults());

        for (Future<Caller> answer : signInAtOnce(check, authentication, Credentials.password("ann", "wrong"))) {
            try {
                answer.get(10, TimeUnit.SECONDS);
                throw new AssertionError("signed in with a wrong password");
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOfAny(AuthenticationFailedException.class,
                        TooManyFailuresException.class);
            }
        }
        assertThat(authentication.verifications).hasValue(1);
    }

    @Test
    void differentCredentials_areEachVerified() {
        SlowAuthentication authentication = new SlowAuthentication(Optional.of(new SignIn(ANN, 1,
                Instant.now().plus(Duration.ofHours(1)))));
        authentication.finish.countDown();
        CredentialCheck check = new CredentialCheck(authentication, AuthSettings.defaults());

        check.authenticate(Credentials.password("ann", "secret-1"), "192.0.2.7");
        check.authenticate(Credentials.token("tnrm_other"), "192.0.2.7");
        check.authenticate(Credentials.password("ann", "secret-1"), "192.0.2.7"); // remembered

        assertThat(authentication.verifications).hasValue(2);
    }
}
