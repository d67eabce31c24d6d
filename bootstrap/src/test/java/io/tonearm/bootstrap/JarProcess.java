package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runnable jar in a process of its own ({@code java -jar target/tonearm.jar ...}), its output collected; for the
 * tests that run several Tonearm processes side by side. Close stops it with SIGTERM (so that an embedded MariaDB
 * stops with it), then SIGKILL if it does not stop within a minute.
 */
final class JarProcess implements AutoCloseable {
    static final Path JAR = Path.of(System.getProperty("tonearm.jar", "target/tonearm.jar"));
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/)");

    private final String name;
    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private JarProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (IOException e) {
                output.add("(output unreadable: " + e + ")");
            }
        }, "tonearm-jar-output-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code java -jar tonearm.jar args...} with only these TONEARM_* variables. */
    static JarProcess start(String name, Map<String, String> environment, String... args) throws IOException {
        assertThat(JAR).as("built by package").isRegularFile();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(variable -> variable.startsWith("TONEARM_"));
        builder.environment().putAll(environment);
        return new JarProcess(name, builder.start());
    }

    /** @return the base URI the server says it listens on, once it does */
    URI awaitListening() {
        Await.until(() -> name + " says where it listens (output: " + output + ")",
                () -> output.stream().anyMatch(line -> LISTENING.matcher(line).find()) || !process.isAlive());
        assertThat(process.isAlive()).as("%s is running; output: %s", name, output).isTrue();
        return output.stream().map(LISTENING::matcher).filter(Matcher::find).findFirst()
                .map(m -> URI.create(m.group(1))).orElseThrow();
    }

    /** @return the exit code, once the process ended by itself (within two minutes) */
    int awaitExit() throws InterruptedException {
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s ended; output: %s", name, output).isTrue();
        return process.exitValue();
    }

    List<String> output() {
        return List.copyOf(output);
    }

    /** @return the CPU time the process used so far, all its threads together */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("this system does not tell a process's CPU time"));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.toHandle().destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
