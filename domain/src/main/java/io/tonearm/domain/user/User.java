package io.tonearm.domain.user;

import io.tonearm.domain.InvalidValueException;
import java.time.Instant;
import java.util.Optional;

/**
 * An account of the server. Never holds the password or its hash.
 *
 * @param id         its identity
 * @param name       what the user signs in with (unique, ignoring case)
 * @param admin      whether the user may change the catalog and manage users
 * @param createdAt  when the account was added
 * @param lastSeenAt when the user last signed in with a password or a token (to within a few minutes: a
 *                   remembered credential is not counted again), or null if never
 */
public record User(UserId id, UserName name, boolean admin, Instant createdAt, Instant lastSeenAt) {
    /** @throws InvalidValueException if the id, the name or the creation time is missing */
    public User {
        if (id == null || name == null || createdAt == null) {
            throw new InvalidValueException(id == null ? "id" : name == null ? "name" : "createdAt",
                    "a user needs an id, a name and a creation time");
        }
    }

    /** @return when the user last signed in, or empty if never */
    public Optional<Instant> lastSeen() {
        return Optional.ofNullable(lastSeenAt);
    }
}
