package io.tonearm.bootstrap;

import io.tonearm.application.users.LastAdminException;
import io.tonearm.application.users.UserAccounts;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.user.DuplicateUserNameException;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.User;
import io.tonearm.domain.user.UserName;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code tonearm users list|add|remove|passwd}: the accounts, on the catalog's database. A password is read from
 * a prompt (asked twice) or, without a terminal, from the first line of standard input; never from an argument,
 * which would land in the shell's history and the process list.
 */
@Command(name = "users",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Lists, adds and removes users, and sets their passwords.",
            "%nPasswords are asked for at the terminal, or read from the first line of standard input:%n"
                    + "  printf '%%s\\n' \"$PASSWORD\" | tonearm users add alice --admin%n"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:failed (database unreachable, the only admin cannot be removed)",
            "2:bad argument: invalid or taken name, invalid password, unknown user",
            "3:invalid configuration (every bad setting is named)"
        })
final class UsersCommand implements Runnable {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "a HOCON configuration file (default: the file named by TONEARM_CONFIG, if any)")
    Path configFile;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;
    private final PasswordPrompt prompt;

    /**
     * @param environment the process environment: TONEARM_* variables override the configuration
     * @param prompt      where passwords come from
     */
    UsersCommand(Map<String, String> environment, PasswordPrompt prompt) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.prompt = Objects.requireNonNull(prompt, "prompt");
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required command: list, add, remove or passwd");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the users by name.")
    int list() {
        return withAccounts(accounts -> {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-6s %-24s %-5s %-27s %s%n", "ID", "NAME", "ADMIN", "CREATED", "LAST SEEN");
            for (User user : accounts.getUsers()) {
                out.printf("%-6d %-24s %-5s %-27s %s%n", user.id().value(), user.name(), user.admin() ? "yes" : "no",
                        user.createdAt(), user.lastSeen().map(Object::toString).orElse("never"));
            }
            out.flush();
            return ExitCodes.OK;
        });
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a user; the password is asked for (or read from standard input).")
    int add(@Parameters(paramLabel = "NAME", description = "1-64 printable characters, no ':'") String name,
            @Option(names = "--admin", description = "the user may change the catalog and manage users")
            boolean admin) {
        UserName userName = checked(() -> UserName.of(name));
        return withAccounts(accounts -> {
            Password password = readPassword("Password for " + userName + ": ");
            User user = accounts.addUser(userName, password, admin);
            say("added " + (user.admin() ? "admin " : "user ") + user.name() + " (id " + user.id() + ")");
            return ExitCodes.OK;
        });
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Removes a user and their API tokens; their sign-ins end at once.")
    int remove(@Parameters(paramLabel = "NAME") String name) {
        UserName userName = checked(() -> UserName.of(name));
        return withAccounts(accounts -> {
            User user = existing(accounts, userName);
            accounts.deleteUser(user.id());
            say("removed " + user.name());
            return ExitCodes.OK;
        });
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = "Sets a user's password (asked for, or read from standard input); their other sign-ins "
                    + "end at once.")
    int passwd(@Parameters(paramLabel = "NAME") String name) {
        UserName userName = checked(() -> UserName.of(name));
        return withAccounts(accounts -> {
            User user = existing(accounts, userName);
            accounts.setPassword(user.id(), readPassword("New password for " + user.name() + ": "));
            say("password of " + user.name() + " changed");
            return ExitCodes.OK;
        });
    }

    private int withAccounts(Function<UserAccounts, Integer> work) {
        TonearmConfig config = ConfigLoader.load(Optional.ofNullable(configFile), environment);
        try (Tonearm catalog = Tonearm.open(config, Clock.systemUTC())) {
            return work.apply(catalog.get(UserAccounts.class));
        } catch (InvalidValueException | DuplicateUserNameException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (LastAdminException e) {
            spec.commandLine().getErr().println("tonearm users: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private User existing(UserAccounts accounts, UserName name) {
        return accounts.findUserByName(name)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "no user named " + name));
    }

    private Password readPassword(String question) {
        return checked(() -> Password.of(prompt.read(question)));
    }

    private <T> T checked(java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void say(String line) {
        spec.commandLine().getOut().println(line);
        spec.commandLine().getOut().flush();
    }

    /** Where a password comes from. */
    @FunctionalInterface
    interface PasswordPrompt {
        /**
         * @return the password the user typed or piped in
         * @throws InvalidValueException naming {@code password} if none came, or two typed ones differ
         */
        String read(String question);
    }
}
