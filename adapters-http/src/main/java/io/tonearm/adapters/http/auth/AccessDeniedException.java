package io.tonearm.adapters.http.auth;

/** A signed-in user without the right to do this: answered 403. */
public final class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what was refused and why */
    public AccessDeniedException(String message) {
        super(message, null, false, false);
    }
}
