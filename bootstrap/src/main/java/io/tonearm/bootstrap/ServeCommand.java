package io.tonearm.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tonearm serve}: runs the HTTP API until the process is told to stop. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serves the catalog's HTTP API until stopped (SIGTERM or Ctrl-C).",
            "%nListens on port 8080 unless configured. On SIGTERM it stops accepting connections, finishes the "
                    + "requests in flight and closes the database pool. Without db.url (TONEARM_DB_URL) it runs "
                    + "an embedded MariaDB with its data in <data-dir>/mariadb (./data/mariadb by default).%n"
        })
final class ServeCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "a HOCON configuration file (default: the file named by TONEARM_CONFIG, if any)")
    Path configFile;

    private final Map<String, String> environment;

    /** @param environment the process environment: TONEARM_* variables override the configuration */
    ServeCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    @Override
    public Integer call() throws InterruptedException {
        TonearmConfig config = ConfigLoader.load(Optional.ofNullable(configFile), environment);
        Tonearm tonearm = Tonearm.start(config, Clock.systemUTC());
        // SIGTERM and Ctrl-C run the hooks; the graceful stop happens there, and this thread just waits for it.
        Runtime.getRuntime().addShutdownHook(new Thread(tonearm::close, "tonearm-shutdown"));
        tonearm.awaitClosed();
        return tonearm.failed() ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
