package io.tonearm.bootstrap;

import io.tonearm.application.enrichment.AlbumEnrichment;
import io.tonearm.application.enrichment.EnrichmentProgress;
import io.tonearm.application.enrichment.EnrichmentRequest;
import io.tonearm.application.enrichment.EnrichmentSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tonearm enrich}: matches the catalog's albums with MusicBrainz releases. */
@Command(name = "enrich",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Looks every album without a match up in MusicBrainz (by the release id in its files' tags, "
                + "else by artist, title and track count), at MusicBrainz's rate of one request per second. Sure "
                + "matches are stored; close ones are kept as candidates (GET /api/albums/{id}/candidates).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done (albums MusicBrainz could not answer for are counted, not fatal)",
            "1:the catalog could not be read (database unreachable)",
            "3:invalid configuration, or enrichment.contact not set (every bad setting is named)"
        })
final class EnrichCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "a HOCON configuration file (default: the file named by TONEARM_CONFIG, if any)")
    Path configFile;

    @Option(names = "--dry-run", description = "look everything up and print the counts, storing nothing")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    /** @param environment the process environment: TONEARM_* variables override the configuration */
    EnrichCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    @Override
    public Integer call() {
        TonearmConfig config = ConfigLoader.load(Optional.ofNullable(configFile), environment);
        PrintWriter out = spec.commandLine().getOut();
        if (config.enrichment().contact() == null) {
            spec.commandLine().getErr().println(EnrichmentConfig.NO_CONTACT);
            return ExitCodes.INVALID_CONFIGURATION;
        }
        try (Tonearm catalog = Tonearm.open(config, Clock.systemUTC())) {
            int[] lastTenth = {-1};
            EnrichmentProgress progress = (done, total) -> {
                int tenth = total == 0 ? 10 : done * 10 / total;
                if (tenth != lastTenth[0]) {
                    lastTenth[0] = tenth;
                    out.printf("%d of %d albums%n", done, total);
                    out.flush();
                }
            };
            EnrichmentSummary summary = catalog.get(AlbumEnrichment.class)
                    .enrichAlbums(new EnrichmentRequest(dryRun), progress);
            out.printf("albums: %d, already matched: %d, %s: %d, with candidates: %d, unmatched: %d, failed: %d,"
                            + " covers fetched: %d, files written: %d, files not written: %d%n",
                    summary.albums(), summary.alreadyMatched(), dryRun ? "would be matched" : "matched",
                    summary.matched(), summary.candidates(), summary.unmatched(), summary.failed(),
                    summary.coversFetched(), summary.filesWritten(), summary.filesFailed());
            summary.failures().forEach(line -> out.println("  failed: " + line));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
