package io.tonearm.application.users;

import io.tonearm.domain.user.Credentials;
import java.util.Optional;

/**
 * Signing in: verifying what a caller offers, and confirming cheaply, later, that a remembered verification
 * still holds. Every adapter that signs callers in uses this, so that all of them accept the same credentials.
 */
public interface Authentication {

    /**
     * Verifies a name and password (slowly, by design: a password hash is checked) or an API token, and notes
     * when the user was seen. An unknown name costs the same time as a wrong password.
     *
     * @return what was established, or empty if the credentials sign nobody in (unknown name, wrong password,
     *     unknown, revoked or expired token, malformed offer)
     */
    Optional<SignIn> verify(Credentials credentials);

    /**
     * Confirms a sign-in that {@link #verify} established earlier: the user still exists, their credentials
     * have not changed since (no new password, no revoked token) and the credentials have not expired. Reads only
     * the cached credential state, so it costs no hash and usually no database read.
     *
     * @return the caller as they are now (their admin flag may have changed), or empty if the sign-in no longer
     *     holds and the credentials must be verified again
     */
    Optional<Caller> recheck(SignIn signIn);
}
