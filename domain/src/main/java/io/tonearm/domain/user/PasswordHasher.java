package io.tonearm.domain.user;

/**
 * Hashes passwords for storage and checks offered passwords against stored hashes, slowly by design, with a
 * salt of its own for each hash. Comparisons take the same time whatever the mismatch.
 */
public interface PasswordHasher {

    /** @return the hash to store for the password */
    PasswordHash hash(Password password);

    /**
     * @param offered a password as offered to sign in (any text; not checked against the rules of {@link Password})
     * @return true if the hash was made from this password
     */
    boolean matches(String offered, PasswordHash hash);
}
