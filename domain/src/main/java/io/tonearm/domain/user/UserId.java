package io.tonearm.domain.user;

import io.tonearm.domain.InvalidValueException;

/** The identity of a {@link User}: a positive number assigned when the user is added. */
public record UserId(long value) {
    /** @throws InvalidValueException if the value is not positive */
    public UserId {
        if (value <= 0) {
            throw new InvalidValueException("userId", "userId must be positive but was " + value);
        }
    }

    /** @return the id for the given number */
    public static UserId of(long value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
