package io.tonearm.domain.user;

import io.tonearm.domain.InvalidValueException;

/**
 * What a user calls one of their API tokens, such as {@code "phone"}: 1-64 printable characters, surrounding
 * spaces removed.
 *
 * @param value the name
 */
public record TokenName(String value) {
    /** @throws InvalidValueException naming {@code name} if the value is blank, too long or not printable */
    public TokenName {
        value = Names.check("name", value, true);
    }

    /** @return the name for the given text */
    public static TokenName of(String value) {
        return new TokenName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
