package io.tonearm.domain.user;

import io.tonearm.domain.InvalidValueException;

/**
 * A password as stored: the self-describing text of a slow, salted hash (such as a PHC string
 * {@code $argon2id$v=19$m=...}). Not shown by {@link #toString()}, since it is what an attacker would crack.
 *
 * @param encoded the hash with its algorithm, parameters and salt
 */
public record PasswordHash(String encoded) {
    /** @throws InvalidValueException if the text is blank */
    public PasswordHash {
        if (encoded == null || encoded.isBlank()) {
            throw new InvalidValueException("passwordHash", "passwordHash must not be blank");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[hidden]";
    }
}
