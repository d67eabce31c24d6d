package io.tonearm.adapters.persistence;

import java.nio.file.Path;
import java.util.OptionalLong;

/** Thrown when another process already runs the embedded database of a data directory. */
public final class EmbeddedDatabaseInUseException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient OptionalLong pid;

    EmbeddedDatabaseInUseException(Path home, OptionalLong pid, String command) {
        super("the embedded database in " + home + " is already run by "
                + (pid.isPresent() ? "process " + pid.getAsLong() + (command.isBlank() ? "" : " (" + command + ")")
                        : "another process, which is still starting it")
                + ": stop that process first, or give this one another data-dir");
        this.pid = pid;
    }

    /** @return the process that runs the database, if it said so already */
    public OptionalLong pid() {
        return pid;
    }
}
