package io.tonearm.application.users;

/** Thrown when removing a user would leave the server without an admin, who alone can manage users. */
public final class LastAdminException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param name the admin that was to be removed */
    public LastAdminException(String name) {
        super(name + " is the only admin: add another admin before removing " + name);
    }
}
