package io.tonearm.adapters.persistence.users;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.tonearm.domain.user.PasswordHash;
import io.tonearm.domain.user.PasswordHasher;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Argon2id through Password4j, with OWASP's recommended parameters (19 MiB, 2 passes, 1 lane), a 16-byte random
 * salt per hash, stored as a PHC string ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}). A stored hash is
 * checked with the parameters written in it, so that hashes made with other parameters keep working.
 */
final class Argon2PasswordHasher implements PasswordHasher {
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int HASH_BYTES = 32;
    static final int SALT_BYTES = 16;

    private final Argon2Function argon2;

    @Inject
    Argon2PasswordHasher() {
        this(MEMORY_KIB, ITERATIONS);
    }

    /** Cheaper parameters, for tests only. */
    Argon2PasswordHasher(int memoryKib, int iterations) {
        this.argon2 = Argon2Function.getInstance(memoryKib, iterations, PARALLELISM, HASH_BYTES, Argon2.ID, 19);
    }

    @Override
    public PasswordHash hash(io.tonearm.domain.user.Password password) {
        Objects.requireNonNull(password, "password");
        return new PasswordHash(Password.hash(password.value()).addRandomSalt(SALT_BYTES).with(argon2).getResult());
    }

    @Override
    public boolean matches(String offered, PasswordHash hash) {
        Objects.requireNonNull(offered, "offered");
        Objects.requireNonNull(hash, "hash");
        if (!hash.encoded().startsWith("$argon2")) {
            return false;
        }
        try {
            return Password.check(offered, hash.encoded()).with(Argon2Function.getInstanceFromHash(hash.encoded()));
        } catch (RuntimeException e) { // a damaged stored hash: nobody signs in with it
            return false;
        }
    }
}
