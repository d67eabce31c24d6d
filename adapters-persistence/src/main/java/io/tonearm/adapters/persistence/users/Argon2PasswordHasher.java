package io.tonearm.adapters.persistence.users;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.tonearm.domain.StoreUnavailableException;
import io.tonearm.domain.user.PasswordHash;
import io.tonearm.domain.user.PasswordHasher;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Argon2id through Password4j, with OWASP's recommended parameters (19 MiB, 2 passes, 1 lane), a 16-byte random
 * salt per hash, stored as a PHC string ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}). A stored hash is
 * checked with the parameters written in it, so that hashes made with other parameters keep working.
 *
 * <p>Each hash needs its memory at once, so only a few run at a time ({@link #concurrentHashes}: what a quarter of
 * the heap holds, at most one per core): many sign-ins arriving together (a client opening 64 connections, or
 * someone trying passwords) wait their turn instead of exhausting the heap. One that cannot start within
 * {@link #WAIT} is refused as a busy store (503 with Retry-After), never by an OutOfMemoryError.
 */
final class Argon2PasswordHasher implements PasswordHasher {
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int HASH_BYTES = 32;
    static final int SALT_BYTES = 16;

    /** How long a hash waits for its turn before the check is refused as busy. */
    static final Duration WAIT = Duration.ofSeconds(10);
    /** Heap a hash of {@code m} KiB takes while it runs: the matrix and Password4j's copies of it. */
    private static final int HEAP_PER_KIB = 3 * 1024;

    private final Argon2Function argon2;
    private final Semaphore turns;
    private final Duration wait;

    @Inject
    Argon2PasswordHasher() {
        this(MEMORY_KIB, ITERATIONS, concurrentHashes(MEMORY_KIB, Runtime.getRuntime().maxMemory(),
                Runtime.getRuntime().availableProcessors()), WAIT);
    }

    /** Cheaper parameters, for tests only. */
    Argon2PasswordHasher(int memoryKib, int iterations) {
        this(memoryKib, iterations, 4, WAIT);
    }

    /**
     * @param concurrent how many hashes may run at once
     * @param wait       how long a hash waits for its turn
     */
    Argon2PasswordHasher(int memoryKib, int iterations, int concurrent, Duration wait) {
        this(memoryKib, iterations, new Semaphore(concurrent, true), wait);
    }

    /** @param turns the turns to run a hash in (a test may hold them) */
    Argon2PasswordHasher(int memoryKib, int iterations, Semaphore turns, Duration wait) {
        this.argon2 = Argon2Function.getInstance(memoryKib, iterations, PARALLELISM, HASH_BYTES, Argon2.ID, 19);
        this.turns = turns;
        this.wait = wait;
    }

    /** @return how many hashes of {@code memoryKib} may run at once: a quarter of the heap's worth, 1 to cores */
    static int concurrentHashes(int memoryKib, long maxHeapBytes, int cores) {
        long fit = maxHeapBytes / 4 / ((long) memoryKib * HEAP_PER_KIB);
        return (int) Math.max(1, Math.min(cores, fit));
    }

    @Override
    public PasswordHash hash(io.tonearm.domain.user.Password password) {
        Objects.requireNonNull(password, "password");
        return inTurn(() -> new PasswordHash(Password.hash(password.value()).addRandomSalt(SALT_BYTES).with(argon2)
                .getResult()));
    }

    @Override
    public boolean matches(String offered, PasswordHash hash) {
        Objects.requireNonNull(offered, "offered");
        Objects.requireNonNull(hash, "hash");
        if (!hash.encoded().startsWith("$argon2")) {
            return false;
        }
        return inTurn(() -> {
            try {
                return Password.check(offered, hash.encoded())
                        .with(Argon2Function.getInstanceFromHash(hash.encoded()));
            } catch (RuntimeException e) { // a damaged stored hash: nobody signs in with it
                return false;
            }
        });
    }

    private <T> T inTurn(Supplier<T> work) {
        boolean got;
        try {
            got = turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        }
        if (!got) {
            throw new StoreUnavailableException(StoreUnavailableException.Reason.CONTENDED,
                    "too many passwords are being checked at once; try again", Duration.ofSeconds(1), null);
        }
        try {
            return work.get();
        } finally {
            turns.release();
        }
    }
}
