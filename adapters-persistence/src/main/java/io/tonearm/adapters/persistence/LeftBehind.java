package io.tonearm.adapters.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a Tonearm process that died without stopping its embedded MariaDB (SIGKILL, a power cut) left behind:
 * its run file, and maybe its mariadbd, still running on the data and holding InnoDB's locks, which would make
 * the next start fail after a wall of lock errors.
 */
final class LeftBehind {
    private static final Logger LOG = LoggerFactory.getLogger(LeftBehind.class);

    private LeftBehind() {
    }

    /** The process that wrote the run file died without removing it: its mariadbd may still run. */
    static void takeOver(Path root, RunFile.Contents stale) throws IOException, InterruptedException {
        LOG.warn("{} was left by process {}, which is not running any more (it did not stop cleanly): taking over",
                root.resolve(RunFile.FILE_NAME), stale.pid());
        stopIfOurs(stale.serverPid(), root);
        RunFile.delete(root);
    }

    /** Stops the mariadbd named by the pid file of the home's socket directory, if it still runs on this home. */
    static void stopOrphan(Path pidFile, Path root) throws IOException, InterruptedException {
        if (Files.isRegularFile(pidFile)) {
            try {
                stopIfOurs(Long.parseLong(Files.readString(pidFile).strip()), root);
            } catch (NumberFormatException e) {
                // not a pid: mariadbd writes a new one
            }
        }
    }

    /**
     * Stops the process if it is a mariadbd on this home's data: a pid may have been reused since it was written
     * down, and another MariaDB of the machine must never be touched.
     */
    private static void stopIfOurs(long pid, Path root) throws InterruptedException {
        String dataDir = "--datadir=" + root.resolve("data");
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                .filter(p -> p.info().arguments().map(args -> Arrays.asList(args).contains(dataDir))
                        .orElse(false));
        if (orphan.isPresent()) {
            LOG.warn("stopping mariadbd (pid {}), left running by a Tonearm process that died", pid);
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                orphan.get().destroyForcibly();
                orphan.get().onExit().join();
            }
        }
    }
}
