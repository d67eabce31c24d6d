package io.tonearm.bootstrap;

import io.tonearm.application.Library;
import io.tonearm.application.users.UserAccounts;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.port.CacheStatistics;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.TierStatistics;
import java.io.PrintWriter;
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
import picocli.CommandLine.Spec;

/** {@code tonearm stats}: what the catalog holds, and the query cache's counters. */
@Command(name = "stats",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints how many tracks, albums, artists, favorites and played tracks the catalog holds, "
                + "then each query-cache tier's counters as this process sees them (the entries and bytes of a "
                + "shared tier are those of the whole cache).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:printed",
            "1:the catalog could not be read (database unreachable)",
            "3:invalid configuration (every bad setting is named)"
        })
final class StatsCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "a HOCON configuration file (default: the file named by TONEARM_CONFIG, if any)")
    Path configFile;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    /** @param environment the process environment: TONEARM_* variables override the configuration */
    StatsCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    @Override
    public Integer call() {
        TonearmConfig config = ConfigLoader.load(Optional.ofNullable(configFile), environment);
        PrintWriter out = spec.commandLine().getOut();
        try (Tonearm catalog = Tonearm.open(config, Clock.systemUTC())) {
            Library library = catalog.get(Library.class);
            PageRequest one = PageRequest.first(1);
            out.printf("tracks:    %d%n", library.getAllTracks(one).total());
            out.printf("albums:    %d%n", library.getAllAlbums(one).total());
            out.printf("artists:   %d%n", library.getAllArtists(one).total());
            // favorites and plays are each user's own now (GET /api/tracks/favorites as that user)
            out.printf("users:     %d%n", catalog.get(UserAccounts.class).getUsers().size());
            CacheStatistics cache = catalog.get(QueryCache.class).statistics();
            for (TierStatistics tier : cache.tiers()) {
                out.printf(Locale.ROOT,
                        "cache %s: %d entries, %d bytes, %d requests, %.1f%% hits, %d evictions, %d errors%n",
                        tier.tier(), tier.entries(), tier.bytes(), tier.requests(), tier.hitRate() * 100,
                        tier.evictions(), tier.errors());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
