package io.tonearm.application.scanning;

import java.nio.file.Path;

/**
 * The tracks whose file was found vanished or changed on disk since the scan that read it (a stream refused them),
 * counted until a scan of their directory brings the catalog up to date.
 */
public interface StaleTracks {
    /** Remembers none: for a process that streams nothing. */
    StaleTracks NONE = new StaleTracks() {
        @Override
        public int countStaleTracks() {
            return 0;
        }

        @Override
        public void scanned(Path directory) {
            // nothing remembered, nothing to forget
        }
    };

    /** @return how many stale tracks are remembered */
    int countStaleTracks();

    /** A scan of {@code directory} succeeded: forgets the stale tracks whose file lies below it. */
    void scanned(Path directory);
}
