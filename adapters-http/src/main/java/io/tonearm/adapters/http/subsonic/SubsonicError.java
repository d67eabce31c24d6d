package io.tonearm.adapters.http.subsonic;

/**
 * A request refused with one of the Subsonic protocol's error codes: answered {@code status="failed"} with
 * {@code <error code message>} and HTTP 200, as clients expect.
 */
final class SubsonicError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A generic error. */
    static final int GENERIC = 0;
    /** A required parameter is missing. */
    static final int MISSING_PARAMETER = 10;
    /** The client speaks an older protocol than the server can answer. */
    static final int CLIENT_TOO_OLD = 20;
    /** The client speaks a newer protocol than the server. */
    static final int SERVER_TOO_OLD = 30;
    /** Wrong user name or password. */
    static final int WRONG_CREDENTIALS = 40;
    /** Token authentication is not possible for this user (no Subsonic password). */
    static final int TOKEN_NOT_SUPPORTED = 41;
    /** The authentication mechanism offered is not supported. */
    static final int MECHANISM_NOT_SUPPORTED = 42;
    /** More than one authentication mechanism was offered. */
    static final int CONFLICTING_MECHANISMS = 43;
    /** The API key is unknown, revoked or expired. */
    static final int INVALID_API_KEY = 44;
    /** The user may not do this. */
    static final int NOT_AUTHORIZED = 50;
    /** The requested data was not found. */
    static final int NOT_FOUND = 70;

    private final int code;

    SubsonicError(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    int code() {
        return code;
    }

    static SubsonicError missing(String parameter) {
        return new SubsonicError(MISSING_PARAMETER, "required parameter is missing: " + parameter);
    }

    static SubsonicError notFound(String what) {
        return new SubsonicError(NOT_FOUND, what + " not found");
    }
}
