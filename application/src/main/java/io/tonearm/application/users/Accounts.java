package io.tonearm.application.users;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.user.DuplicateUserNameException;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.User;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import java.util.List;
import java.util.Optional;

/**
 * Managing the server's accounts. Whoever calls these decides who may (the HTTP adapter lets only admins, and a
 * user their own password with the current one).
 */
public interface Accounts {

    /** @return every user, by name */
    List<User> getUsers();

    /** @return the user, or empty if there is none with this id */
    Optional<User> getUser(UserId id);

    /** @return the user with this name (ignoring case), or empty */
    Optional<User> findUserByName(UserName name);

    /** @return how many users there are */
    long countUsers();

    /**
     * Adds a user with a password (stored as a slow salted hash).
     *
     * @return the user as stored
     * @throws DuplicateUserNameException if the name (ignoring case) is taken
     */
    User addUser(UserName name, Password password, boolean admin);

    /**
     * Adds an admin if, and only if, there is no user yet (the first start of a server).
     *
     * @return the admin, or empty if a user existed already
     */
    Optional<User> createFirstAdmin(UserName name, Password password);

    /**
     * Removes the user and their tokens; whatever remembered their sign-in must verify again.
     *
     * @return true if the user existed
     * @throws LastAdminException if the user is the only admin
     */
    boolean deleteUser(UserId id);

    /**
     * Gives the user a new password (an admin's reset); their other sign-ins must verify again.
     *
     * @return true if the user exists
     */
    boolean setPassword(UserId id, Password password);

    /**
     * Changes the user's own password, given their current one; their other sign-ins must verify again.
     *
     * @return true if the user exists
     * @throws InvalidValueException naming {@code currentPassword} if it is not the user's password
     */
    boolean changeOwnPassword(UserId id, String currentPassword, Password newPassword);
}
