package io.tonearm.domain.user;

import java.util.Objects;

/**
 * A user with what signing in checks: the password hash and the version of the user's credentials, which moves
 * on whenever a password changes or one of the user's tokens is revoked (so that whatever remembered an older
 * version knows to check again).
 *
 * @param user               the account
 * @param passwordHash       the stored hash of the password
 * @param credentialsVersion the version of the credentials, starting at 0
 */
public record Account(User user, PasswordHash passwordHash, long credentialsVersion) {
    public Account {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}
