package io.tonearm.bootstrap;

import io.tonearm.application.enrichment.AlbumEnrichment;
import io.tonearm.application.enrichment.ArtistEnrichment;
import io.tonearm.application.enrichment.ArtistEnrichmentSummary;
import io.tonearm.application.enrichment.EnrichmentProgress;
import io.tonearm.application.enrichment.EnrichmentRequest;
import io.tonearm.application.enrichment.EnrichmentSummary;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tonearm enrich}: matches the catalog's albums with MusicBrainz releases and its artists with artists. */
@Command(name = "enrich",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Looks every album without a match up in MusicBrainz (by the release id in its files' tags, "
                + "else by artist, title and track count), then every artist without a match (by the artist id in "
                + "its tracks' tags, else by name), at MusicBrainz's rate of one request per second. Sure matches are "
                + "stored; close albums are kept as candidates (GET /api/albums/{id}/candidates), close artists only "
                + "counted.",
            "Without --albums or --artists, both are looked up (albums first); the two options exclude each other."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done (albums and artists MusicBrainz could not answer for are counted, not fatal)",
            "1:the catalog could not be read (database unreachable)",
            "2:invalid usage (for example --albums with --artists)",
            "3:invalid configuration, or enrichment.contact not set (every bad setting is named)"
        })
final class EnrichCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "a HOCON configuration file (default: the file named by TONEARM_CONFIG, if any)")
    Path configFile;

    @Option(names = "--dry-run", description = "look everything up and print the counts, storing nothing")
    boolean dryRun;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Only only;

    /** {@code --albums} or {@code --artists}: one kind only. */
    static final class Only {
        @Option(names = "--albums", required = true, description = "look up albums only (and their covers)")
        boolean albums;

        @Option(names = "--artists", required = true, description = "look up artists only")
        boolean artists;
    }

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;
    private final Optional<PrintStream> terminal;

    /** @param environment the process environment: TONEARM_* variables override the configuration */
    EnrichCommand(Map<String, String> environment) {
        this(environment, Optional.empty());
    }

    /**
     * @param environment the process environment: TONEARM_* variables override the configuration
     * @param terminal    where to draw a progress bar, or empty when the output is no terminal (a progress line at
     *                    every tenth is written to the command's output instead)
     */
    EnrichCommand(Map<String, String> environment, Optional<PrintStream> terminal) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    /** @return the kinds the options name: one with --albums or --artists, both without */
    Set<EnrichmentRequest.Kind> kinds() {
        if (only != null && only.albums) {
            return EnumSet.of(EnrichmentRequest.Kind.ALBUMS);
        }
        if (only != null && only.artists) {
            return EnumSet.of(EnrichmentRequest.Kind.ARTISTS);
        }
        return EnumSet.allOf(EnrichmentRequest.Kind.class);
    }

    @Override
    public Integer call() {
        TonearmConfig config = ConfigLoader.load(Optional.ofNullable(configFile), environment);
        PrintWriter out = spec.commandLine().getOut();
        if (config.enrichment().contact() == null) {
            spec.commandLine().getErr().println(EnrichmentConfig.NO_CONTACT);
            return ExitCodes.INVALID_CONFIGURATION;
        }
        EnrichmentRequest request = new EnrichmentRequest(kinds(), dryRun);
        try (Tonearm catalog = Tonearm.open(config, Clock.systemUTC())) {
            if (request.albums()) {
                EnrichmentSummary summary;
                try (Shown progress = shown(out, "albums")) {
                    summary = catalog.get(AlbumEnrichment.class).enrichAlbums(request, progress.progress());
                }
                out.printf("albums: %d, already matched: %d, %s: %d, with candidates: %d, unmatched: %d, failed: %d,"
                                + " covers fetched: %d, files written: %d, files not written: %d%n",
                        summary.albums(), summary.alreadyMatched(), dryRun ? "would be matched" : "matched",
                        summary.matched(), summary.candidates(), summary.unmatched(), summary.failed(),
                        summary.coversFetched(), summary.filesWritten(), summary.filesFailed());
                summary.failures().forEach(line -> out.println("  failed: " + line));
            }
            if (request.artists()) {
                ArtistEnrichmentSummary summary;
                try (Shown progress = shown(out, "artists")) {
                    summary = catalog.get(ArtistEnrichment.class).enrichArtists(request, progress.progress());
                }
                out.printf("artists: %d, already matched: %d, %s: %d, with close results only: %d, unmatched: %d,"
                                + " failed: %d%n",
                        summary.artists(), summary.alreadyMatched(), dryRun ? "would be matched" : "matched",
                        summary.matched(), summary.candidates(), summary.unmatched(), summary.failed());
                summary.failures().forEach(line -> out.println("  failed: artist " + line));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Progress as it is shown: a bar at a terminal (closed when the kind is done), lines otherwise. */
    private record Shown(EnrichmentProgress progress, Runnable done) implements AutoCloseable {
        @Override
        public void close() {
            done.run();
        }
    }

    private Shown shown(PrintWriter out, String what) {
        if (terminal.isPresent()) {
            EnrichProgressBar bar = new EnrichProgressBar(terminal.get(), what);
            return new Shown(bar, bar::close);
        }
        return new Shown(progress(out, what), () -> { });
    }

    /** @return progress printed at every tenth of the albums or artists */
    private static EnrichmentProgress progress(PrintWriter out, String what) {
        int[] lastTenth = {-1};
        BiConsumer<Integer, Integer> step = (done, total) -> {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth[0]) {
                lastTenth[0] = tenth;
                out.printf("%d of %d %s%n", done, total, what);
                out.flush();
            }
        };
        return new EnrichmentProgress() {
            @Override
            public void albumDone(int done, int total) {
                step.accept(done, total);
            }

            @Override
            public void artistDone(int done, int total) {
                step.accept(done, total);
            }
        };
    }
}
