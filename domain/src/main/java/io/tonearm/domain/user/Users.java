package io.tonearm.domain.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The server's accounts. Names are compared ignoring case. */
public interface Users {

    /** @return the user, or empty if there is none with this id */
    Optional<User> findById(UserId id);

    /** @return the user with this name (ignoring case), or empty */
    Optional<User> findByName(UserName name);

    /** @return the account with its credentials, or empty if there is none with this id */
    Optional<Account> findAccount(UserId id);

    /**
     * @param name a name as offered to sign in, which need not be a valid {@link UserName}
     * @return the account with this name (ignoring case) and its credentials, or empty
     */
    Optional<Account> findAccountByName(String name);

    /** @return every user, by name */
    List<User> findAll();

    /** @return how many users there are */
    long count();

    /** @return how many of the users are admins */
    long countAdmins();

    /**
     * Adds a user.
     *
     * @return the user as stored, with its id
     * @throws DuplicateUserNameException if the name (ignoring case) is taken
     */
    User add(NewUser user);

    /**
     * Adds the user only if there is no user at all (atomically, so that two processes starting at once add one
     * first admin, not two).
     *
     * @return the user as stored, or empty if a user existed already
     */
    Optional<User> addIfNone(NewUser user);

    /** Removes the user and their tokens. @return true if the user existed */
    boolean delete(UserId id);

    /**
     * Replaces the user's password hash and moves their credentials version on.
     *
     * @return true if the user exists
     */
    boolean setPasswordHash(UserId id, PasswordHash hash);

    /** Notes when the user was last seen. @return true if the user exists */
    boolean setLastSeen(UserId id, Instant at);
}
