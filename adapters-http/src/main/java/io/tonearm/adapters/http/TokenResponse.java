package io.tonearm.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tonearm.application.users.IssuedToken;
import io.tonearm.domain.user.ApiToken;
import java.time.Instant;

/** A token as the API shows it; its secret ({@code token}) only in the answer that issued it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TokenResponse(long id, String name, Instant createdAt, Instant expiresAt, String token) {

    static TokenResponse of(ApiToken token) {
        return new TokenResponse(token.id().value(), token.name().value(), token.createdAt(), token.expiresAt(),
                null);
    }

    static TokenResponse issued(IssuedToken issued) {
        ApiToken token = issued.token();
        return new TokenResponse(token.id().value(), token.name().value(), token.createdAt(), token.expiresAt(),
                issued.secret());
    }
}
