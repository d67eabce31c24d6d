package io.tonearm.domain.user;

import io.tonearm.domain.InvalidValueException;
import java.time.Instant;

/**
 * An account to add.
 *
 * @param name         the name, unique ignoring case
 * @param passwordHash the hash of the chosen password
 * @param admin        whether the user may change the catalog and manage users
 * @param createdAt    now
 */
public record NewUser(UserName name, PasswordHash passwordHash, boolean admin, Instant createdAt) {
    /** @throws InvalidValueException naming the missing field */
    public NewUser {
        if (name == null) {
            throw new InvalidValueException("name", "name is required");
        }
        if (passwordHash == null) {
            throw new InvalidValueException("password", "password is required");
        }
        if (createdAt == null) {
            throw new InvalidValueException("createdAt", "createdAt is required");
        }
    }
}
