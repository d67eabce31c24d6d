package io.tonearm.domain.user;

import io.tonearm.domain.InvalidValueException;

/** The rule shared by user and token names: 1-64 printable characters, nothing invisible. */
final class Names {
    static final int MAX_LENGTH = 64;

    private Names() {
    }

    /**
     * @return the name without surrounding spaces
     * @throws InvalidValueException naming {@code field} if the name is missing, blank, too long or holds a
     *     control, format, unassigned or private-use character (or a colon, when {@code colonAllowed} is false)
     */
    static String check(String field, String name, boolean colonAllowed) {
        if (name == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            throw new InvalidValueException(field, field + " must not be blank");
        }
        int length = stripped.codePointCount(0, stripped.length());
        if (length > MAX_LENGTH) {
            throw new InvalidValueException(field,
                    field + " must be at most " + MAX_LENGTH + " characters but was " + length);
        }
        stripped.codePoints().forEach(c -> {
            if (!printable(c)) {
                throw new InvalidValueException(field, field + " must hold printable characters only but has "
                        + String.format("U+%04X", c));
            }
            if (c == ':' && !colonAllowed) {
                throw new InvalidValueException(field, field + " must not contain ':' (it separates the name "
                        + "from the password in HTTP Basic authentication)");
            }
        });
        return stripped;
    }

    private static boolean printable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE,
                 Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
