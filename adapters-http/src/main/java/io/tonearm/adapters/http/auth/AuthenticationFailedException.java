package io.tonearm.adapters.http.auth;

/**
 * No credentials, or credentials that sign nobody in: answered 401 with a {@code WWW-Authenticate} challenge. The
 * message is the same for an unknown name and a wrong password.
 */
public final class AuthenticationFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The challenge of a 401: both schemes the API accepts. */
    public static final String CHALLENGE = "Basic realm=\"Tonearm\", charset=\"UTF-8\", Bearer realm=\"Tonearm\"";

    /** @param message what the client should know: credentials missing, or not accepted */
    public AuthenticationFailedException(String message) {
        super(message, null, false, false);
    }
}
