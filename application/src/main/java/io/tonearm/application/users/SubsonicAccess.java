package io.tonearm.application.users;

import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.UserId;
import java.util.Optional;

/**
 * A user's Subsonic password: a second password, only for Subsonic clients (the {@code /rest} API), which send it
 * in every request's URL or as an MD5 with a salt. Keeping it apart from the login password keeps the login
 * password out of URLs and lets the login password stay hashed. Setting one ends the user's remembered sign-ins.
 */
public interface SubsonicAccess {
    /** The length of a generated Subsonic password (letters and digits: about 142 bits). */
    int GENERATED_LENGTH = 24;

    /**
     * Gives the user this Subsonic password, replacing any earlier one; from this call's return on, the earlier one
     * signs nobody in, in any process sharing the cache.
     *
     * @return true if the user exists
     */
    boolean setSubsonicPassword(UserId id, Password password);

    /**
     * Gives the user a new random Subsonic password of {@value #GENERATED_LENGTH} letters and digits, like
     * {@link #setSubsonicPassword}.
     *
     * @return the password, the only time it is shown; or empty if the user does not exist
     */
    Optional<Password> generateSubsonicPassword(UserId id);
}
