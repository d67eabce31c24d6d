package io.tonearm.application.users;

import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.user.ApiTokens;
import io.tonearm.domain.user.PasswordHasher;
import io.tonearm.domain.user.SubsonicPasswords;
import io.tonearm.domain.user.Users;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/** The users' use cases in one handle: accounts, signing in, tokens, Subsonic passwords. */
public interface UserAccounts extends Accounts, Authentication, UserTokens, SubsonicAccess {

    /**
     * Creates the use cases on top of the given ports.
     *
     * @param subsonic keeps the users' Subsonic passwords (encrypted)
     * @param cache keeps each user's {@link CredentialState}; every change that ends sign-ins drops it there
     * @param clock tells token expiry and when users were last seen
     * @return the use cases
     */
    static UserAccounts create(Users users, ApiTokens tokens, PasswordHasher hasher, SubsonicPasswords subsonic,
                               QueryCache cache, Clock clock) {
        return create(users, tokens, hasher, subsonic, cache, ChangeLog.NONE, clock);
    }

    /**
     * Creates the use cases on top of the given ports, every change that ends sign-ins also written into
     * {@code changes} in the same transaction, so that every process sharing the catalog drops the user's cached
     * {@link CredentialState}, with or without a shared cache.
     *
     * @param subsonic keeps the users' Subsonic passwords (encrypted)
     * @param cache keeps each user's {@link CredentialState}; every change that ends sign-ins drops it there
     * @param clock tells token expiry and when users were last seen
     * @return the use cases
     */
    static UserAccounts create(Users users, ApiTokens tokens, PasswordHasher hasher, SubsonicPasswords subsonic,
                               QueryCache cache, ChangeLog changes, Clock clock) {
        return create(users, tokens, hasher, subsonic, cache, changes, clock, Set.of());
    }

    /**
     * Like {@link #create(Users, ApiTokens, PasswordHasher, SubsonicPasswords, QueryCache, ChangeLog, Clock)}, and a
     * user's removal also drops, whole and in every process, the named queries whose answers it can change beyond
     * the user's own (the server's chart counts their plays, everyone's lists show their public playlists).
     *
     * @param droppedOnRemoval the names of those queries
     */
    static UserAccounts create(Users users, ApiTokens tokens, PasswordHasher hasher, SubsonicPasswords subsonic,
                               QueryCache cache, ChangeLog changes, Clock clock, Set<String> droppedOnRemoval) {
        return create(users, tokens, hasher, subsonic, cache, changes, clock, droppedOnRemoval, dropped -> { });
    }

    /**
     * Like {@link #create(Users, ApiTokens, PasswordHasher, SubsonicPasswords, QueryCache, ChangeLog, Clock, Set)},
     * also telling {@code removed} of each removal once applied, with the names of the queries it dropped whole
     * (besides the user's own credential state).
     */
    static UserAccounts create(Users users, ApiTokens tokens, PasswordHasher hasher, SubsonicPasswords subsonic,
                               QueryCache cache, ChangeLog changes, Clock clock, Set<String> droppedOnRemoval,
                               Consumer<Set<String>> removed) {
        return new UserAccountsService(Objects.requireNonNull(users, "users"),
                Objects.requireNonNull(tokens, "tokens"), Objects.requireNonNull(hasher, "hasher"),
                Objects.requireNonNull(subsonic, "subsonic"), Objects.requireNonNull(cache, "cache"),
                Objects.requireNonNull(changes, "changes"), Objects.requireNonNull(clock, "clock"),
                Set.copyOf(droppedOnRemoval), Objects.requireNonNull(removed, "removed"));
    }
}
