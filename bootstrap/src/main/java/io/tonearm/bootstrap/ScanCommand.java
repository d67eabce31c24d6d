package io.tonearm.bootstrap;

import io.tonearm.application.scanning.LibraryScanner;
import io.tonearm.application.scanning.ScanRequest;
import io.tonearm.domain.FileFailure;
import io.tonearm.domain.ScanSummary;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tonearm scan DIR [--full]}: takes a directory of audio files into the catalog, then exits. */
@Command(name = "scan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Scans DIR into the catalog: adds new audio files, updates changed ones (size or modification "
                + "time), recognizes moved ones (they keep their favorite flag and plays) and removes the "
                + "tracks whose files are gone. Files that cannot be read are listed with the reason; they "
                + "never stop the scan.",
            "Shows a progress bar on a terminal, progress lines otherwise, then a summary. Uses the "
                + "configured database (or the embedded one), like serve, and may run while serve does."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the scan finished and every audio file was read",
            "1:the scan stopped: the catalog could not be written (what was written stays; scan again)",
            "2:DIR missing or not a directory, or an unknown option",
            "3:invalid configuration (every bad setting is named)",
            "4:the scan finished, but some files could not be read (listed before the summary)"
        })
final class ScanCommand implements Callable<Integer> {
    /** The most failed files listed one by one; all are counted. */
    static final int FAILURES_LISTED = 50;

    @Parameters(index = "0", paramLabel = "DIR", description = "the directory of audio files")
    Path directory;

    @Option(names = "--full", description = "read every file again, not only new and changed ones")
    boolean full;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "a HOCON configuration file (default: the file named by TONEARM_CONFIG, if any)")
    Path configFile;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;
    private final Optional<PrintStream> terminal;

    /**
     * @param environment the process environment: TONEARM_* variables override the configuration
     * @param terminal    where to draw a progress bar, or empty when the output is no terminal (progress lines
     *                    are written to the command's output instead)
     */
    ScanCommand(Map<String, String> environment, Optional<PrintStream> terminal) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(directory)) {
            throw new ParameterException(spec.commandLine(), "DIR must be a directory but " + directory + " is not");
        }
        TonearmConfig config = ConfigLoader.load(Optional.ofNullable(configFile), environment);
        PrintWriter out = spec.commandLine().getOut();
        ScanSummary summary;
        try (Tonearm catalog = Tonearm.open(config, Clock.systemUTC());
             ScanProgressDisplay display = ScanProgressDisplay.of(terminal, out)) {
            summary = catalog.get(LibraryScanner.class).scan(new ScanRequest(directory, full), display);
        }
        print(summary, out);
        return summary.counts().failed() > 0 ? ExitCodes.FILES_FAILED : ExitCodes.OK;
    }

    /** Lists the failed files (the first {@value #FAILURES_LISTED}), then one summary line. */
    static void print(ScanSummary summary, PrintWriter out) {
        int listed = 0;
        for (FileFailure failure : summary.failures()) {
            if (listed == FAILURES_LISTED) {
                break;
            }
            out.printf("failed: %s: %s%n", failure.path(), failure.reason());
            listed++;
        }
        long more = summary.counts().failed() - listed;
        if (more > 0) {
            out.printf("failed: ... and %d more%n", more);
        }
        out.printf(Locale.ROOT, "Scanned %d files in %.2f s (%.0f files/s): %s%n", summary.counts().found(),
                summary.elapsed().toMillis() / 1000.0, summary.filesPerSecond(),
                ScanProgressDisplay.counts(summary.counts()));
        out.flush();
    }
}
