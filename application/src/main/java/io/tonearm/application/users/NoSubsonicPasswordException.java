package io.tonearm.application.users;

/**
 * Thrown when a user signs in with Subsonic credentials but has no Subsonic password: Subsonic's error 41 ("token
 * authentication not supported"), which tells the client to set one rather than retry.
 */
public final class NoSubsonicPasswordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param name the name that was offered */
    public NoSubsonicPasswordException(String name) {
        super(name + " has no Subsonic password: set one with PUT /api/users/me/subsonic-password", null, false,
                false);
    }
}
