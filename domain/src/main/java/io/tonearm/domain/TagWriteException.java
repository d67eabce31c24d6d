package io.tonearm.domain;

import java.util.Objects;

/**
 * Thrown when tags could not be written into an audio file (read-only file, unsupported format, file gone).
 * The file is left as it was: tags are written to a copy that replaces the file only when complete.
 */
public final class TagWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * @param path   the file
     * @param reason what went wrong
     * @param cause  the underlying failure, or null
     */
    public TagWriteException(String path, String reason, Throwable cause) {
        super("cannot write tags to " + path + ": " + reason, cause);
        this.path = Objects.requireNonNull(path, "path");
    }

    /** @return the file that could not be written */
    public String path() {
        return path;
    }
}
