package io.tonearm.domain;

/**
 * A file a scan could not take into the catalog, and why: unreadable, truncated, empty, not audio at all, a
 * link leading out of the library, a directory loop.
 *
 * @param path   the path of the file or directory
 * @param reason what was wrong, for a person to read
 */
public record FileFailure(String path, String reason) implements TagReading {
    /** The longest reason kept, in characters; longer ones are cut. */
    public static final int MAX_REASON_LENGTH = 500;

    /** @throws InvalidValueException if the path or the reason is blank */
    public FileFailure {
        path = Check.notBlank("path", path, Integer.MAX_VALUE);
        reason = Check.notBlank("reason", reason, Integer.MAX_VALUE).strip();
        if (reason.length() > MAX_REASON_LENGTH) {
            reason = reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
        }
    }
}
