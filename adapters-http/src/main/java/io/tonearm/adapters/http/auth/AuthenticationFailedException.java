package io.tonearm.adapters.http.auth;

/**
 * No credentials, or credentials that sign nobody in: answered 401 with a {@code WWW-Authenticate} challenge. The
 * message is the same for an unknown name and a wrong password. A request of the web app (one that carried the
 * session cookie, or a failed sign-in through {@code POST /api/session}) is challenged with {@link #SESSION_CHALLENGE},
 * so that a browser does not open its own Basic sign-in dialog over the page.
 */
public final class AuthenticationFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The challenge of a 401: both schemes the API accepts. */
    public static final String CHALLENGE = "Basic realm=\"Tonearm\", charset=\"UTF-8\", Bearer realm=\"Tonearm\"";

    /** The challenge of a 401 to the web app: sign in again through {@code POST /api/session}. */
    public static final String SESSION_CHALLENGE = "Session realm=\"Tonearm\"";

    private final String challenge;

    /** @param message what the client should know: credentials missing, or not accepted */
    public AuthenticationFailedException(String message) {
        this(message, CHALLENGE);
    }

    /**
     * @param message   what the client should know
     * @param challenge the {@code WWW-Authenticate} value to answer with
     */
    public AuthenticationFailedException(String message, String challenge) {
        super(message, null, false, false);
        this.challenge = challenge;
    }

    /** @return the {@code WWW-Authenticate} value to answer with */
    public String challenge() {
        return challenge;
    }
}
