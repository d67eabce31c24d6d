package io.tonearm.domain;

import java.util.Objects;

/**
 * Thrown when a value handed to the library is not acceptable. Names the offending field so that
 * callers (an HTTP client, a command line) can be told exactly what to fix.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field   the name of the rejected field, as a caller knows it (for example {@code "limit"})
     * @param message what is wrong with it, including the rejected value
     */
    public InvalidValueException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** @return the name of the rejected field */
    public String field() {
        return field;
    }
}
