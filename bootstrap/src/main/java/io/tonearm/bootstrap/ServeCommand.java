package io.tonearm.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
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
            "%nListens on port 8080 of every interface unless configured (--host 127.0.0.1 for this machine only). On SIGTERM it stops accepting connections, finishes the "
                    + "requests in flight and closes the database pool. Without db.url (TONEARM_DB_URL) it runs "
                    + "an embedded MariaDB with its data in <data-dir>/mariadb (./data/mariadb by default).%n"
        })
final class ServeCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "a HOCON configuration file (default: the file named by TONEARM_CONFIG, if any)")
    Path configFile;

    @Option(names = "--host", paramLabel = "ADDR",
            description = "the address to listen on, as http.host (TONEARM_HTTP_HOST); the default 0.0.0.0 is every "
                    + "interface, 127.0.0.1 only this machine")
    String host;

    @Option(names = "--port", paramLabel = "N",
            description = "the TCP port to listen on, as http.port (TONEARM_HTTP_PORT); 0 for any free port")
    String port;

    private final Map<String, String> environment;

    /** @param environment the process environment: TONEARM_* variables override the configuration */
    ServeCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    /** @return the settings given as options, by their configuration path */
    Map<String, String> commandLine() {
        Map<String, String> settings = new HashMap<>();
        if (host != null) {
            settings.put("http.host", host);
        }
        if (port != null) {
            settings.put("http.port", port);
        }
        return settings;
    }

    @Override
    public Integer call() throws InterruptedException {
        TonearmConfig config = ConfigLoader.load(Optional.ofNullable(configFile), environment, commandLine());
        Tonearm tonearm = Tonearm.start(config, Clock.systemUTC());
        // SIGTERM and Ctrl-C run the hooks; the graceful stop happens there, and this thread just waits for it.
        Runtime.getRuntime().addShutdownHook(new Thread(tonearm::close, "tonearm-shutdown"));
        tonearm.awaitClosed();
        return tonearm.failed() ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
