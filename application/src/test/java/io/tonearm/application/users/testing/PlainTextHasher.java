package io.tonearm.application.users.testing;

import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.PasswordHash;
import io.tonearm.domain.user.PasswordHasher;
import java.util.concurrent.atomic.AtomicInteger;

/** A hasher that costs nothing and counts its checks, for tests only: the "hash" is the password itself. */
public final class PlainTextHasher implements PasswordHasher {
    private final AtomicInteger checks = new AtomicInteger();

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash("plain:" + password.value());
    }

    @Override
    public boolean matches(String offered, PasswordHash hash) {
        checks.incrementAndGet();
        return hash.encoded().equals("plain:" + offered);
    }

    /** @return how many passwords were checked against a hash so far */
    public int checks() {
        return checks.get();
    }
}
