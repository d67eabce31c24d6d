package io.tonearm.application.users;

import io.tonearm.domain.user.ApiToken;
import io.tonearm.domain.user.TokenId;
import io.tonearm.domain.user.TokenName;
import io.tonearm.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** A user's API tokens: secrets that sign in as the user, each revocable on its own. */
public interface UserTokens {

    /**
     * Issues a token with a new random secret of 256 bits; only the secret's hash is stored.
     *
     * @param expiresAt when it stops working, or null for never
     * @return the token with its secret, which is never available again
     * @throws io.tonearm.domain.InvalidValueException naming {@code expiresAt} if it is not in the future
     */
    IssuedToken issueToken(UserId owner, TokenName name, Instant expiresAt);

    /** @return the user's tokens (without secrets), oldest first */
    List<ApiToken> listTokens(UserId owner);

    /**
     * Revokes one of the owner's tokens: from this call's return on, it signs nobody in, in any process
     * sharing the cache, whatever any of them remembered.
     *
     * @return true if the owner had this token
     */
    boolean deleteToken(UserId owner, TokenId id);
}
