package io.tonearm.adapters.persistence.users;

import io.tonearm.domain.user.ApiToken;
import io.tonearm.domain.user.TokenId;
import io.tonearm.domain.user.TokenName;
import io.tonearm.domain.user.UserId;
import java.time.Instant;

/** A row of {@code api_tokens} as MyBatis reads it. */
final class TokenRow {
    long id;
    long userId;
    String name;
    Instant createdAt;
    Instant expiresAt;

    ApiToken token() {
        return new ApiToken(TokenId.of(id), UserId.of(userId), TokenName.of(name), createdAt, expiresAt);
    }
}
