package io.tonearm.domain;

/** The identity of a {@link Album}: a positive number assigned by the catalog. */
public record AlbumId(long value) {
    /** @throws InvalidValueException if the value is not positive */
    public AlbumId {
        if (value <= 0) {
            throw new InvalidValueException("albumId", "albumId must be positive but was " + value);
        }
    }

    /** @return the id for the given number */
    public static AlbumId of(long value) {
        return new AlbumId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
