package io.tonearm.domain;

import java.util.Objects;

/** Thrown when a track is added for a file path the catalog already holds. Nothing was written. */
public final class DuplicateTrackPathException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;

    /** @param path the path that is already in the catalog */
    public DuplicateTrackPathException(String path) {
        super("a track with path " + path + " already exists");
        this.path = Objects.requireNonNull(path, "path");
    }

    /** @return the path that is already in the catalog */
    public String path() {
        return path;
    }
}
