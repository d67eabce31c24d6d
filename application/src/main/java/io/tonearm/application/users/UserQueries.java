package io.tonearm.application.users;

import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.NamedQuery;
import io.tonearm.domain.port.ResultType;
import io.tonearm.domain.user.UserId;

/**
 * The named queries of the users' use cases. Only the credential state is cached: it is read on every request
 * that carries remembered credentials, and dropped (in every process sharing the cache) by every change that
 * must end such a sign-in: a password change, a token's revocation, the user's removal.
 */
public final class UserQueries {
    /** A user's {@link CredentialState}, by user id. */
    public static final NamedQuery<CredentialState> CREDENTIALS =
            NamedQuery.of("users.credentials", new ResultType<>() { });

    private UserQueries() {
    }

    static CacheKey key(UserId id) {
        return CacheKey.of(id.value());
    }
}
