package io.tonearm.domain.user;

import java.util.List;
import java.util.Optional;

/** The users' API tokens, stored as hashes of their secrets. */
public interface ApiTokens {

    /** @return the token as stored, with its id */
    ApiToken add(NewApiToken token);

    /** @return the token whose secret has this hash, expired or not, or empty */
    Optional<ApiToken> findByHash(TokenHash hash);

    /** @return the user's tokens, oldest first */
    List<ApiToken> findByOwner(UserId owner);

    /**
     * Revokes one of the owner's tokens and moves the owner's credentials version on, in one transaction.
     *
     * @return true if the owner had this token
     */
    boolean delete(UserId owner, TokenId id);
}
