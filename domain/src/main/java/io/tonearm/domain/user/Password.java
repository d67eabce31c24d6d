package io.tonearm.domain.user;

import io.tonearm.domain.InvalidValueException;
import java.nio.charset.StandardCharsets;

/**
 * A new password, as chosen for an account: at least {@value #MIN_LENGTH} characters and at most
 * {@value #MAX_BYTES} bytes in UTF-8. Kept exactly as given (spaces are part of it). Never shown by
 * {@link #toString()}. A password offered to sign in is not checked against this rule: an account keeps the
 * password it was given.
 *
 * @param value the password
 */
public record Password(String value) {
    /** The fewest characters a password may have. */
    public static final int MIN_LENGTH = 8;
    /** The most bytes (UTF-8) a password may have; a hash of a longer one would only cost time. */
    public static final int MAX_BYTES = 1024;

    /** @throws InvalidValueException naming {@code password} if it is missing, too short or too long */
    public Password {
        if (value == null) {
            throw new InvalidValueException("password", "password is required");
        }
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH) {
            throw new InvalidValueException("password",
                    "password must have at least " + MIN_LENGTH + " characters but has " + length);
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new InvalidValueException("password",
                    "password must be at most " + MAX_BYTES + " bytes (UTF-8) but has " + bytes);
        }
    }

    /** @return the password for the given text */
    public static Password of(String value) {
        return new Password(value);
    }

    @Override
    public String toString() {
        return "Password[hidden]";
    }
}
