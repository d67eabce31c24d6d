package io.tonearm.bootstrap;

import static io.tonearm.bootstrap.TrackJson.track;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.bootstrap.Api.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a user runs it: {@code java -jar bootstrap/target/tonearm.jar ...} in a process of its own,
 * stopped with a real SIGTERM. Runs after {@code package} (failsafe), on the JVM that runs the build.
 */
class TonearmJarIT {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/)");
    private static final Path JAR = Path.of(System.getProperty("tonearm.jar", "target/tonearm.jar"));
    private static final Path LAUNCHER = Path.of("bin/tonearm");

    private Process process;
    private Thread outputReader;
    private final List<String> output = new CopyOnWriteArrayList<>();

    /**
     * After a failed test: SIGTERM first, so that the server stops its embedded MariaDB; SIGKILL would leave that
     * mariadbd running on its own.
     */
    @AfterEach
    void stopLeftovers() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.toHandle().destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void version_printsTheProjectVersionAndTheJava() throws Exception {
        start(Map.of(), "--version");

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(ExitCodes.OK);
        awaitOutput("tonearm " + System.getProperty("tonearm.expected-version"));
        awaitOutput("Java " + System.getProperty("java.version"));
    }

    @Test
    void anInvalidConfiguration_exitsWith3NamingEveryBadSetting() throws Exception {
        start(Map.of("TONEARM_HTTP_PORT", "99999", "TONEARM_DB_POOL_SIZE", "0"), "serve");

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(ExitCodes.INVALID_CONFIGURATION);
        awaitOutput("invalid configuration: http.port must be 1-65535 (or 0 for any free port) but was 99999; "
                + "db.pool-size must be 1-100 but was 0");
    }

    @Test
    void sigterm_finishesTheRequestInFlightThenStops(@TempDir Path dataDir) throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            start(FullStackTest.environment(database.settings(), dataDir), "serve");
            Api api = new Api(awaitListening());
            long id = api.add(track("Last song").json());
            CompletableFuture<Response> inFlight;
            try (CatalogLock lock = CatalogLock.lockTracks(database)) {
                inFlight = api.getAsync("/api/tracks/search?q=last");   // not cached yet: reads the database
                Await.until("the request waits inside MariaDB", lock::hasWaiters);

                sigterm();

                awaitOutput("Tonearm shutting down");
                assertThat(inFlight).as("still in flight").isNotDone();
            }

            Response answer = inFlight.get(60, TimeUnit.SECONDS);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.ids()).containsExactly(id);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("the JVM's status after SIGTERM").isEqualTo(143);
            awaitOutput("Tonearm stopped");
            Await.until("the pool closed its connections", () -> GracefulShutdownTest.connectionsTo(database) == 0);
        }
    }

    @Test
    void serveWithoutADatabase_runsTheEmbeddedMariaDbFromTheJar(
            @TempDir Path dataDir) throws Exception {
        start(Map.of("TONEARM_DATA_DIR", dataDir.toString(), "TONEARM_HTTP_PORT", "0",
                "TONEARM_HTTP_HOST", "127.0.0.1", "TONEARM_ADMIN_USER", Api.ADMIN,
                "TONEARM_ADMIN_PASSWORD", Api.ADMIN_PASSWORD), "serve");
        Api api = new Api(awaitListening());

        long id = api.add(track("Embedded").json());

        assertThat(api.get("/api/tracks/" + id).status()).isEqualTo(200);
        assertThat(dataDir.resolve("mariadb/data/tonearm")).isDirectory();
        // the document and the Swagger UI files (found through the webjar's pom.properties) survive shading
        assertThat(api.anonymous().get("/api/openapi.json").body().path("openapi").asText()).startsWith("3.1");

        // Other processes on the same data dir: a command uses the running server's database, a second server is
        // refused in one line naming the process that runs it.
        Map<String, String> beside = Map.of("TONEARM_DATA_DIR", dataDir.toString(), "TONEARM_HTTP_PORT", "0",
                "TONEARM_HTTP_HOST", "127.0.0.1");
        Beside stats = runBeside(beside, "stats");
        assertThat(stats.exitCode()).as("stats beside serve: %s", stats.output()).isEqualTo(ExitCodes.OK);
        assertThat(stats.output()).anyMatch(line -> line.matches("tracks:\\s+1"));
        Beside second = runBeside(beside, "serve");
        assertThat(second.exitCode()).as("a second serve: %s", second.output()).isEqualTo(ExitCodes.FAILED);
        assertThat(second.output()).anyMatch(line -> line.startsWith("tonearm serve: could not start: ")
                && line.contains("already run by process " + process.pid()));

        // A crash (SIGKILL) leaves the run file and a mariadbd behind: the next serve takes over and keeps the data.
        process.destroyForcibly();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dataDir.resolve("mariadb/tonearm.run")).as("left by the crash").exists();
        output.clear();
        start(beside, "serve");
        Api restarted = new Api(awaitListening());
        assertThat(restarted.get("/api/tracks/" + id).status()).isEqualTo(200);
        awaitOutput("which is not running any more");
        sigterm();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        awaitOutput("Tonearm stopped");
    }

    @Test
    void serveWithARedis_runsTheLayeredCacheFromTheJar(@TempDir Path dataDir) throws Exception {
        URI redis = io.tonearm.adapters.cache.RedisTestSupport.sharedServer();
        String prefix = io.tonearm.adapters.cache.RedisTestSupport.uniquePrefix();
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, String> environment = new java.util.HashMap<>(FullStackTest.environment(database.settings(),
                    dataDir));
            environment.put("TONEARM_REDIS_URL", redis.toString());
            environment.put("TONEARM_REDIS_KEY_PREFIX", prefix);
            // a busy machine must not make Redis look down here: the failures are tested in adapters-cache
            environment.put("TONEARM_REDIS_TIMEOUT", "2s");
            environment.put("TONEARM_REDIS_STALENESS_BOUND", "5s");
            start(environment, "serve");
            Api api = new Api(awaitListening());
            Await.until("the jar's cache uses Redis",
                    () -> api.get("/api/cache/stats").body().get("tiers").get(1).get("available").asBoolean());

            long id = api.add(track("Layered").json());
            Response loaded = api.get("/api/tracks/" + id);

            assertThat(loaded.header("X-Cache-Source")).isEqualTo("miss");
            try (redis.clients.jedis.Jedis jedis = io.tonearm.adapters.cache.RedisTestSupport.connect(redis)) {
                assertThat(io.tonearm.adapters.cache.RedisTestSupport.keys(jedis, prefix))
                        .as("the track was stored in Redis").anyMatch(key -> key.endsWith(":track.byId:" + id));
            }
            sigterm();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            awaitOutput("Tonearm stopped");
        } finally {
            io.tonearm.adapters.cache.RedisTestSupport.deleteKeys(redis, prefix);
        }
    }

    @Test
    void theLauncher_writesAClassDataArchiveOnItsFirstRun_removingOnesOlderThanTheJar_andTheNextRunMapsIt(
            @TempDir Path dataDir, @TempDir Path installed)
            throws Exception {
        Path jar = Files.copy(JAR, installed.resolve("tonearm.jar"));
        Path launcher = Files.copy(LAUNCHER, installed.resolve("tonearm"));
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        FileTime built = Files.getLastModifiedTime(jar);
        Path ofAnEarlierBuild = Files.writeString(installed.resolve("tonearm-1111.jsa"), "old");
        Files.setLastModifiedTime(ofAnEarlierBuild, FileTime.fromMillis(built.toMillis() - 86_400_000));
        Path ofAnotherJdk = Files.writeString(installed.resolve("tonearm-2222.jsa"), "other");
        Files.setLastModifiedTime(ofAnotherJdk, FileTime.fromMillis(built.toMillis() + 60_000));
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, String> environment = new java.util.HashMap<>(FullStackTest.environment(database.settings(),
                    dataDir));
            environment.put("JAVA_HOME", javaHome());

            run(launcher, environment, "stats");
            assertThat(output).as("no warning about classes the archive leaves out")
                    .noneMatch(line -> line.contains("warning"));
            try (var archives = Files.list(installed)) {
                assertThat(archives.map(Path::getFileName).map(Path::toString))
                        .filteredOn(name -> name.startsWith("tonearm-") && name.endsWith(".jsa"))
                        .as("the new archive, and the newer one of another JDK; not the one older than the jar")
                        .hasSize(2).contains("tonearm-2222.jsa").doesNotContain("tonearm-1111.jsa");
            }
            output.clear();
            // -Xshare:on makes the JVM refuse to start unless it maps the archive
            environment.put("JAVA_OPTS", "-Xshare:on");
            run(launcher, environment, "stats");
        }
    }

    private void run(Path launcher, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        start(command, environment);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        outputReader.join(TimeUnit.SECONDS.toMillis(10)); // the whole output, up to what the JVM wrote at exit
        assertThat(process.exitValue()).as("exit code; output: %s", output).isEqualTo(ExitCodes.OK);
        assertThat(output).as("output").anyMatch(line -> line.startsWith("tracks:"));
    }

    /** Runs the jar in another process beside the one under test, and waits for it to end. */
    private static Beside runBeside(Map<String, String> environment, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("TONEARM_"));
        builder.environment().putAll(environment);
        Process beside = builder.start();
        List<String> lines;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(beside.getInputStream(), StandardCharsets.UTF_8))) {
            lines = reader.lines().toList();
        }
        assertThat(beside.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Beside(beside.exitValue(), lines);
    }

    private record Beside(int exitCode, List<String> output) {
    }

    private static String javaHome() {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        return java.getParent().getParent().toString();
    }

    private void start(Map<String, String> environment, String... args) throws IOException {
        assertThat(JAR).as("built by package").isRegularFile();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        start(command, environment);
    }

    private void start(List<String> command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("TONEARM_"));
        builder.environment().putAll(environment);
        process = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (IOException e) {
                output.add("(output unreadable: " + e + ")");
            }
        }, "tonearm-jar-output");
        reader.setDaemon(true);
        reader.start();
        outputReader = reader;
    }

    /** Sends SIGTERM. (Process.destroy() would too, but it also closes our end of the output pipe.) */
    private void sigterm() {
        assertThat(process.toHandle().destroy()).as("SIGTERM sent").isTrue();
    }

    private URI awaitListening() {
        Await.until(() -> "the server says where it listens (output: " + output + ")",
                () -> output.stream().anyMatch(line -> LISTENING.matcher(line).find()) || !process.isAlive());
        assertThat(process.isAlive()).as("serve is running; output: %s", output).isTrue();
        return output.stream().map(LISTENING::matcher).filter(Matcher::find).findFirst()
                .map(m -> URI.create(m.group(1))).orElseThrow();
    }

    private void awaitOutput(String text) {
        Await.until(() -> "the output contains \"" + text + "\" (output: " + output + ")",
                () -> output.stream().anyMatch(line -> line.contains(text)));
    }
}
