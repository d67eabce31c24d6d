package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void help_listsTheServeCommandAndTheExitCodes() {
        int code = run(Map.of(), "--help");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("Usage: tonearm", "serve", "--version", "Exit codes:")
                .containsPattern("3\\s+invalid configuration")
                .containsPattern("143\\s+serve was stopped by SIGTERM");
    }

    @Test
    void serveHelp_namesTheConfigOptionAndTheEmbeddedDatabase() {
        int code = run(Map.of(), "serve", "--help");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("-c, --config=FILE", "TONEARM_CONFIG", "TONEARM_DB_URL", "embedded");
    }

    @Test
    void version_printsTheVersionMavenBuilt() {
        String expected = System.getProperty("tonearm.expected-version");

        int code = run(Map.of(), "--version");

        assertThat(expected).as("set by surefire from ${project.version}").isNotBlank();
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("tonearm " + expected + System.lineSeparator())
                .contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void noCommand_isAUsageError() {
        int code = run(Map.of());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Missing required command", "Usage: tonearm");
    }

    @Test
    void anUnknownOption_isAUsageError() {
        int code = run(Map.of(), "serve", "--colour");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown option: '--colour'");
    }

    @Test
    void serveWithAnInvalidConfiguration_exitsWith3NamingEveryBadSettingBeforeStartingAnything(@TempDir Path dir) {
        int code = run(Map.of(
                "TONEARM_HTTP_PORT", "99999",
                "TONEARM_DB_POOL_SIZE", "0",
                "TONEARM_DATA_DIR", dir.toString()), "serve");

        assertThat(code).isEqualTo(ExitCodes.INVALID_CONFIGURATION);
        assertThat(err.toString().strip()).isEqualTo("invalid configuration: "
                + "http.port must be 1-65535 (or 0 for any free port) but was 99999; "
                + "db.pool-size must be 1-100 but was 0");
        assertThat(dir).as("no embedded database was started").isEmptyDirectory();
    }

    @Test
    void serveWithAMissingConfigFile_exitsWith3NamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing.conf");

        int code = run(Map.of(), "serve", "--config", missing.toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID_CONFIGURATION);
        assertThat(err.toString()).contains("config file " + missing + " does not exist");
    }

    @Test
    void serveHelp_namesTheHostAndPortOptions() {
        int code = run(Map.of(), "serve", "--help");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("--host=ADDR", "--port=N", "127.0.0.1");
    }

    @Test
    void serveWithABadPortOrHostOption_exitsWith3NamingTheSetting(@TempDir Path dir) {
        int code = run(Map.of("TONEARM_HTTP_PORT", "8080", "TONEARM_DATA_DIR", dir.toString()),
                "serve", "--port", "70000", "--host", " ");

        assertThat(code).isEqualTo(ExitCodes.INVALID_CONFIGURATION);
        assertThat(err.toString()).contains("http.port must be 1-65535 (or 0 for any free port) but was 70000")
                .contains("http.host must not be blank");
        assertThat(dir).as("no embedded database was started").isEmptyDirectory();
    }

    @Test
    void serveOptions_winOverTheEnvironmentAndTheFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("t.conf"), "http { host = \"10.0.0.1\", port = 81 }");
        ServeCommand serve = new ServeCommand(Map.of());
        new CommandLine(serve).parseArgs("--host", "127.0.0.1", "--port", "9090");

        TonearmConfig config = ConfigLoader.load(Optional.of(file),
                Map.of("TONEARM_HTTP_PORT", "8081", "TONEARM_HTTP_HOST", "0.0.0.0"), serve.commandLine());

        assertThat(config.http().host()).isEqualTo("127.0.0.1");
        assertThat(config.http().port()).isEqualTo(9090);
        assertThat(ConfigLoader.load(Optional.of(file), Map.of(), new ServeCommand(Map.of()).commandLine())
                .http().port()).as("without options, the file").isEqualTo(81);
    }

    private int run(Map<String, String> environment, String... args) {
        CommandLine cli = Cli.create(environment);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
