package io.tonearm.application.scanning;

/** Thrown when a scan had to stop: the catalog could not be written. What was written before stays. */
public final class ScanFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed; @param cause the underlying failure */
    public ScanFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
