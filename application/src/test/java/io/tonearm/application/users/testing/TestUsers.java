package io.tonearm.application.users.testing;

import io.tonearm.application.users.UserAccounts;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.UserName;
import java.time.Clock;

/**
 * The users' use cases over in-memory ports, with an admin and a plain user already added: what adapter tests
 * sign in as.
 */
public final class TestUsers {
    /** The admin's name and password. */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password";
    /** A user who is not an admin. */
    public static final String USER = "listener";
    public static final String USER_PASSWORD = "listener-password";

    public final InMemoryUsers users = new InMemoryUsers();
    public final InMemoryApiTokens tokens = new InMemoryApiTokens(users);
    public final PlainTextHasher hasher = new PlainTextHasher();
    public final InMemorySubsonicPasswords subsonic = new InMemorySubsonicPasswords(users);
    public final UserAccounts accounts;

    private TestUsers(QueryCache cache, Clock clock) {
        accounts = UserAccounts.create(users, tokens, hasher, subsonic, cache, clock);
        accounts.addUser(UserName.of(ADMIN), Password.of(ADMIN_PASSWORD), true);
        accounts.addUser(UserName.of(USER), Password.of(USER_PASSWORD), false);
    }

    /** @return the use cases over a cache that keeps nothing, on the system clock */
    public static TestUsers create() {
        return new TestUsers(new PassThroughCache(), Clock.systemUTC());
    }

    /** @return the use cases over the given cache and clock */
    public static TestUsers create(QueryCache cache, Clock clock) {
        return new TestUsers(cache, clock);
    }
}
