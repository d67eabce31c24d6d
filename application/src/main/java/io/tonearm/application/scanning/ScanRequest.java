package io.tonearm.application.scanning;

import io.tonearm.domain.InvalidValueException;
import java.nio.file.Path;

/**
 * What to scan.
 *
 * @param root the library's directory; made absolute and normalized
 * @param full true to read every file again; false to read only files that are new or whose size or
 *             modification time changed since the last scan
 */
public record ScanRequest(Path root, boolean full) {
    /** @throws InvalidValueException naming {@code root} if it is missing */
    public ScanRequest {
        if (root == null) {
            throw new InvalidValueException("root", "root is required");
        }
        root = root.toAbsolutePath().normalize();
    }

    /** @return a rescan of {@code root} reading only new and changed files */
    public static ScanRequest of(Path root) {
        return new ScanRequest(root, false);
    }
}
