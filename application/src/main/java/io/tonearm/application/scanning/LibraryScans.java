package io.tonearm.application.scanning;

import io.tonearm.domain.InvalidValueException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Scans that run in the background, one at a time, and whose progress can be followed by id. */
public interface LibraryScans {

    /**
     * Starts a scan in the background.
     *
     * @return the new scan, running
     * @throws ScanAlreadyRunningException if a scan is running
     * @throws InvalidValueException naming {@code root} if it is not a directory inside one of the library's
     *     roots
     */
    ScanStatus startScan(ScanRequest request);

    /** @return the scan with this id (the running one or one of the latest finished), or empty */
    Optional<ScanStatus> getScan(ScanId id);

    /** @return the running scan, or empty */
    Optional<ScanStatus> getRunningScan();

    /** @return how many scans started and ended, and their files, since the process started */
    ScanTotals totals();

    /**
     * @return how many tracks were found vanished or changed on disk since the scan that read them (a stream refused
     *     them), counted for the next scan: a scan of their directory that succeeds brings them up to date and
     *     takes them off the count
     */
    int staleTracks();

    /** @return the directories scans may cover; the first is the default root */
    List<Path> libraryRoots();

    /** The number of finished scans remembered. */
    int HISTORY = 20;

    /**
     * Creates the background scans on top of a scanner.
     *
     * @param libraryRoots the directories scans may cover (a scan's root must be one of them or inside one);
     *                     the first is the default root
     * @param clock        the clock for start and end times
     */
    static LibraryScans create(LibraryScanner scanner, List<Path> libraryRoots, Clock clock) {
        return create(scanner, libraryRoots, clock, StaleTracks.NONE);
    }

    /**
     * Creates the background scans on top of a scanner, counting the stale tracks of {@code stale} for the next scan
     * and telling it each directory a scan brought up to date.
     *
     * @param libraryRoots the directories scans may cover (a scan's root must be one of them or inside one);
     *                     the first is the default root
     * @param clock        the clock for start and end times
     * @param stale        the tracks found stale since the scan that read them
     */
    static LibraryScans create(LibraryScanner scanner, List<Path> libraryRoots, Clock clock, StaleTracks stale) {
        return new BackgroundScans(Objects.requireNonNull(scanner, "scanner"),
                List.copyOf(Objects.requireNonNull(libraryRoots, "libraryRoots")),
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(stale, "stale"));
    }
}
