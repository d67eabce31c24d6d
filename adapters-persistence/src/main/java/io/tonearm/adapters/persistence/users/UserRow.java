package io.tonearm.adapters.persistence.users;

import io.tonearm.domain.user.Account;
import io.tonearm.domain.user.PasswordHash;
import io.tonearm.domain.user.User;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import java.time.Instant;

/** A row of {@code users} as MyBatis reads it. */
final class UserRow {
    long id;
    String name;
    String passwordHash;
    boolean admin;
    long credentialsVersion;
    Instant createdAt;
    Instant lastSeenAt;

    User user() {
        return new User(UserId.of(id), UserName.of(name), admin, createdAt, lastSeenAt);
    }

    Account account() {
        return new Account(user(), new PasswordHash(passwordHash), credentialsVersion);
    }
}
