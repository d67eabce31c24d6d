package io.tonearm.bootstrap;

import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Builds the {@code tonearm} command line and maps failures to the documented {@link ExitCodes}. */
final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /** @param environment the process environment, passed to the commands that read configuration */
    static CommandLine create(Map<String, String> environment) {
        return create(environment, new ConsolePasswordPrompt(System.console(), System.in));
    }

    /**
     * @param environment the process environment, passed to the commands that read configuration
     * @param passwords   where {@code tonearm users} reads passwords from
     */
    static CommandLine create(Map<String, String> environment, UsersCommand.PasswordPrompt passwords) {
        CommandLine cli = new CommandLine(new TonearmCommand());
        cli.addSubcommand(new ServeCommand(environment));
        cli.addSubcommand(new ScanCommand(environment,
                System.console() != null ? Optional.of(System.err) : Optional.empty()));
        cli.addSubcommand(new StatsCommand(environment));
        cli.addSubcommand(new EnrichCommand(environment,
                System.console() != null ? Optional.of(System.err) : Optional.empty()));
        cli.addSubcommand(new UsersCommand(environment, passwords));
        cli.setExecutionExceptionHandler(Cli::onFailure);
        return cli;
    }

    private static int onFailure(Exception e, CommandLine command, ParseResult parsed) {
        if (e instanceof InvalidConfigurationException) {
            command.getErr().println(e.getMessage());
            return ExitCodes.INVALID_CONFIGURATION;
        }
        if (e instanceof Tonearm.StartupException) {
            // An expected kind of failure (port taken, database down): the message says it all.
            LOG.debug("tonearm {} could not start", command.getCommandName(), e);
        } else {
            LOG.error("tonearm {} failed", command.getCommandName(), e);
        }
        command.getErr().println("tonearm " + command.getCommandName() + ": " + causes(e));
        return ExitCodes.FAILED;
    }

    /** The messages of the exception and its causes, which together usually say what to fix. */
    static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(message);
            }
        }
        return text.toString();
    }
}
