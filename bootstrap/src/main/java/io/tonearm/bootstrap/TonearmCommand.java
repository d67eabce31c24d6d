package io.tonearm.bootstrap;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code tonearm} command: only groups the subcommands. */
@Command(name = "tonearm",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Tonearm: your music library as a catalog in MariaDB and an HTTP API.",
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:failed, or serve could not start (port taken, database unreachable)",
            "2:unknown command or option, or a bad argument",
            "3:invalid configuration (every bad setting is named)",
            "4:scan finished, but some files could not be read (each is listed with the reason)",
            "143:serve was stopped by SIGTERM (130: Ctrl-C) and shut down gracefully",
        },
        footerHeading = "%n",
        footer = "Configuration: reference.conf defaults < --config FILE (or $TONEARM_CONFIG) < TONEARM_* "
                + "environment variables. See docs/configuration.md.")
final class TonearmCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required command, for example: tonearm serve");
    }
}
