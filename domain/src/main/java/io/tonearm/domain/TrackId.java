package io.tonearm.domain;

/** The identity of a {@link Track}: a positive number assigned by the catalog. */
public record TrackId(long value) {
    /** @throws InvalidValueException if the value is not positive */
    public TrackId {
        if (value <= 0) {
            throw new InvalidValueException("trackId", "trackId must be positive but was " + value);
        }
    }

    /** @return the id for the given number */
    public static TrackId of(long value) {
        return new TrackId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
