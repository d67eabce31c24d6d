package io.tonearm.application.scanning;

import java.util.Objects;

/** Thrown when a scan is asked for while another one runs: one scan at a time. */
public final class ScanAlreadyRunningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ScanId running;

    /** @param running the scan that is running */
    public ScanAlreadyRunningException(ScanId running) {
        super("scan " + running + " is running; one scan at a time");
        this.running = Objects.requireNonNull(running, "running");
    }

    /** @return the scan that is running */
    public ScanId running() {
        return running;
    }
}
