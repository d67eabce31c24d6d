package io.tonearm.domain.user;

import io.tonearm.domain.InvalidValueException;
import java.time.Instant;

/**
 * A token to store.
 *
 * @param owner     the user it signs in as
 * @param name      what the user calls it
 * @param hash      the hash of its secret
 * @param createdAt now
 * @param expiresAt when it stops working (after {@code createdAt}), or null for never
 */
public record NewApiToken(UserId owner, TokenName name, TokenHash hash, Instant createdAt, Instant expiresAt) {
    /** @throws InvalidValueException naming the missing field, or {@code expiresAt} if it is not in the future */
    public NewApiToken {
        if (owner == null || name == null || hash == null || createdAt == null) {
            throw new InvalidValueException(name == null ? "name" : "token",
                    "a token needs an owner, a name, a hash and a creation time");
        }
        if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
            throw new InvalidValueException("expiresAt", "expiresAt must be in the future but was " + expiresAt);
        }
    }
}
