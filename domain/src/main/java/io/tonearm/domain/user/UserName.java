package io.tonearm.domain.user;

import io.tonearm.domain.InvalidValueException;

/**
 * A user's name as they sign in with it: 1-64 printable characters without a colon (which HTTP Basic
 * authentication uses as separator), surrounding spaces removed. Two names that differ only in case belong to
 * the same user; the store compares them that way.
 *
 * @param value the name as it was given, without surrounding spaces
 */
public record UserName(String value) {
    /** The most characters a name may have. */
    public static final int MAX_LENGTH = Names.MAX_LENGTH;

    /** @throws InvalidValueException naming {@code name} if the value breaks the rule above */
    public UserName {
        value = Names.check("name", value, false);
    }

    /** @return the name for the given text */
    public static UserName of(String value) {
        return new UserName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
