package io.tonearm.application.users;

import java.time.Instant;
import java.util.Objects;

/**
 * What verifying credentials established, in a form an adapter may remember for a short while and confirm
 * cheaply with {@link Authentication#recheck}, instead of checking a password hash on every request.
 *
 * @param caller             who signed in
 * @param credentialsVersion the version of the user's credentials at the time; a password change, a token's
 *                           revocation or the user's removal moves it on, after which {@code recheck} fails
 * @param expiresAt          when the credentials stop working (a token's expiry), or null for never
 */
public record SignIn(Caller caller, long credentialsVersion, Instant expiresAt) {
    public SignIn {
        Objects.requireNonNull(caller, "caller");
    }
}
