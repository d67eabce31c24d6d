package io.tonearm.domain;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a value handed to the library is not acceptable. Names the offending field so that callers (an HTTP
 * client, a command line) can be told exactly what to fix; a command with several bad fields names all of them in
 * {@link #violations()}.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient List<Violation> violations;

    /**
     * @param field   the name of the rejected field, as a caller knows it (for example {@code "limit"})
     * @param message what is wrong with it, including the rejected value
     */
    public InvalidValueException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    /**
     * @param violations every rejected field, at least one; the first is {@link #field()} and starts the message
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public InvalidValueException(List<Violation> violations) {
        super(message(violations));
        this.violations = List.copyOf(violations);
        this.field = this.violations.get(0).field();
    }

    /** @return the name of the (first) rejected field */
    public String field() {
        return field;
    }

    /** @return every rejected field with what is wrong with it, in the order they were checked; never empty */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid value names at least one violation");
        }
        int more = violations.size() - 1;
        return violations.get(0).message()
                + (more == 0 ? "" : " (and " + more + " more " + (more == 1 ? "problem" : "problems") + ")");
    }

    /**
     * One rejected field.
     *
     * @param field   the field's name, as a caller knows it
     * @param message what is wrong with it, including the rejected value
     */
    public record Violation(String field, String message) {
        /** @throws NullPointerException if either part is null */
        public Violation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }
}
