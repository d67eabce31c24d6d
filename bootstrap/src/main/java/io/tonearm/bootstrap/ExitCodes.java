package io.tonearm.bootstrap;

/** The process exit codes of the {@code tonearm} command. Listed in {@code tonearm --help} and in the README. */
final class ExitCodes {
    /** Done: help or version printed, or the command finished. */
    static final int OK = 0;
    /** The command failed while running, or {@code serve} could not start (port taken, database unreachable). */
    static final int FAILED = 1;
    /** Unknown command or option, or a missing or malformed argument. */
    static final int USAGE = 2;
    /** The configuration is invalid; the message names every bad setting. */
    static final int INVALID_CONFIGURATION = 3;
    /** {@code scan} finished, but some files could not be read (they are listed with the reason). */
    static final int FILES_FAILED = 4;

    private ExitCodes() {
    }
}
