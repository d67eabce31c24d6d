package io.tonearm.domain;

/** The identity of a {@link Artist}: a positive number assigned by the catalog. */
public record ArtistId(long value) {
    /** @throws InvalidValueException if the value is not positive */
    public ArtistId {
        if (value <= 0) {
            throw new InvalidValueException("artistId", "artistId must be positive but was " + value);
        }
    }

    /** @return the id for the given number */
    public static ArtistId of(long value) {
        return new ArtistId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
