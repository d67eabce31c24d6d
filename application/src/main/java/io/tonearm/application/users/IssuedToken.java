package io.tonearm.application.users;

import io.tonearm.domain.user.ApiToken;
import java.util.Objects;

/**
 * A token just issued, with its secret: the only time the secret is known; only its hash is stored.
 *
 * @param token  the stored token
 * @param secret what to send as {@code Authorization: Bearer <secret>}
 */
public record IssuedToken(ApiToken token, String secret) {
    public IssuedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "IssuedToken[token=" + token + ", secret=hidden]";
    }
}
