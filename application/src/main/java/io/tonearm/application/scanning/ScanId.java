package io.tonearm.application.scanning;

import io.tonearm.domain.InvalidValueException;
import java.util.UUID;

/** The identity of a background scan. */
public record ScanId(UUID value) {
    /** @throws InvalidValueException naming {@code id} if missing */
    public ScanId {
        if (value == null) {
            throw new InvalidValueException("id", "id is required");
        }
    }

    /** @return a new, unique id */
    public static ScanId random() {
        return new ScanId(UUID.randomUUID());
    }

    /** @throws InvalidValueException naming {@code id} if the text is not a scan id */
    public static ScanId parse(String text) {
        try {
            return new ScanId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("id", "id must be a scan id (a UUID) but was " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
