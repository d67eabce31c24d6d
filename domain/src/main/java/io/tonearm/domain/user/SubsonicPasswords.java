package io.tonearm.domain.user;

import java.util.Optional;

/**
 * The users' Subsonic passwords: a second password per user, for Subsonic clients, whose token authentication
 * needs the password itself (an MD5 of it with a salt) and so cannot use the login password's slow hash. Kept
 * in a reversible form, encrypted at rest; never in plain text.
 */
public interface SubsonicPasswords {

    /**
     * Stores the user's Subsonic password, replacing any earlier one, and moves the user's credentials version
     * on in the same transaction.
     *
     * @return true if the user exists
     */
    boolean set(UserId user, Password password);

    /** @return the user's Subsonic password, or empty if the user has none or does not exist */
    Optional<Password> find(UserId user);
}
