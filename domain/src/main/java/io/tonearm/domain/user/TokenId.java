package io.tonearm.domain.user;

import io.tonearm.domain.InvalidValueException;

/** The identity of an {@link ApiToken}: a positive number assigned when the token is issued. */
public record TokenId(long value) {
    /** @throws InvalidValueException if the value is not positive */
    public TokenId {
        if (value <= 0) {
            throw new InvalidValueException("tokenId", "tokenId must be positive but was " + value);
        }
    }

    /** @return the id for the given number */
    public static TokenId of(long value) {
        return new TokenId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
