package io.tonearm.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of {@link Check}, collecting every failure instead of stopping at the first, so that a command with
 * several bad fields names them all. A failed check returns null; call {@link #throwIfAny()} before using the values.
 */
final class Violations {
    private final List<InvalidValueException.Violation> found = new ArrayList<>(0);

    String notBlank(String field, String value, int maxLength) {
        try {
            return Check.notBlank(field, value, maxLength);
        } catch (InvalidValueException e) {
            add(e);
            return null;
        }
    }

    /** Like {@link #notBlank} but stripped. */
    String notBlankStripped(String field, String value, int maxLength) {
        String checked = notBlank(field, value, maxLength);
        return checked == null ? null : checked.strip();
    }

    String blankToNull(String field, String value, int maxLength) {
        try {
            return Check.blankToNull(field, value, maxLength);
        } catch (InvalidValueException e) {
            add(e);
            return null;
        }
    }

    <T> T notNull(String field, T value) {
        try {
            return Check.notNull(field, value);
        } catch (InvalidValueException e) {
            add(e);
            return null;
        }
    }

    Integer range(String field, Integer value, int min, int max) {
        try {
            return Check.range(field, value, min, max);
        } catch (InvalidValueException e) {
            add(e);
            return null;
        }
    }

    void atLeast(String field, long value, long min) {
        try {
            Check.atLeast(field, value, min);
        } catch (InvalidValueException e) {
            add(e);
        }
    }

    List<String> names(String field, List<String> values, int maxLength) {
        try {
            return Check.names(field, values, maxLength);
        } catch (InvalidValueException e) {
            add(e);
            return null;
        }
    }

    /** Records a failure found by the caller itself. */
    void add(String field, String message) {
        found.add(new InvalidValueException.Violation(field, message));
    }

    /** @throws InvalidValueException naming every failed check, if any failed */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidValueException(found);
        }
    }

    private void add(InvalidValueException e) {
        found.addAll(e.violations());
    }
}
