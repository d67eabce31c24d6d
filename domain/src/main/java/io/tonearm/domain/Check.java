package io.tonearm.domain;

import java.util.List;

/** Argument checks shared by the domain's records; each failure names the field and the bad value. */
final class Check {
    private Check() {
    }

    static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        return value;
    }

    static String notBlank(String field, String value, int maxLength) {
        notNull(field, value);
        if (value.isBlank()) {
            throw new InvalidValueException(field, field + " must not be blank");
        }
        return maxLength(field, value, maxLength);
    }

    static String maxLength(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidValueException(field,
                    field + " must be at most " + maxLength + " characters but was " + value.length());
        }
        return value;
    }

    /** Returns null for a null or blank value, so that "no value" has one representation. */
    static String blankToNull(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : maxLength(field, value.strip(), maxLength);
    }

    static Integer range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidValueException(field,
                    field + " must be between " + min + " and " + max + " but was " + value);
        }
        return value;
    }

    static long atLeast(String field, long value, long min) {
        if (value < min) {
            throw new InvalidValueException(field, field + " must be >= " + min + " but was " + value);
        }
        return value;
    }

    static List<String> names(String field, List<String> values, int maxLength) {
        notNull(field, values);
        if (values.isEmpty()) {
            throw new InvalidValueException(field, field + " must name at least one artist");
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                throw new InvalidValueException(field, field + "[" + i + "] must not be blank");
            }
            maxLength(field + "[" + i + "]", value, maxLength);
        }
        return values.stream().map(String::strip).distinct().toList();
    }
}
