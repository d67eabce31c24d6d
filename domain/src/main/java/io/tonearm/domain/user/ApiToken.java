package io.tonearm.domain.user;

import io.tonearm.domain.InvalidValueException;
import java.time.Instant;

/**
 * A token a user signs in with instead of their password ({@code Authorization: Bearer}). Never holds the
 * token's secret, which is shown once, when the token is issued.
 *
 * @param id        its identity
 * @param owner     the user it signs in as
 * @param name      what the user calls it
 * @param createdAt when it was issued
 * @param expiresAt when it stops working, or null if it works until revoked
 */
public record ApiToken(TokenId id, UserId owner, TokenName name, Instant createdAt, Instant expiresAt) {
    /** @throws InvalidValueException if a field other than the expiry is missing */
    public ApiToken {
        if (id == null || owner == null || name == null || createdAt == null) {
            throw new InvalidValueException(id == null ? "id" : owner == null ? "owner"
                    : name == null ? "name" : "createdAt", "a token needs an id, an owner, a name and a creation time");
        }
    }

    /** @return true if the token has an expiry and it is not after {@code now} */
    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
