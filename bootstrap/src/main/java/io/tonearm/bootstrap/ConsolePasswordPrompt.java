package io.tonearm.bootstrap;

import io.tonearm.domain.InvalidValueException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a password at the terminal without echo, twice to catch a typo; without a terminal, the first line of
 * standard input (for scripts: {@code printf '%s\n' "$PASSWORD" | tonearm users add ...}).
 */
final class ConsolePasswordPrompt implements UsersCommand.PasswordPrompt {
    private final Console console;
    private final InputStream in;

    /** @param console the terminal, or null when there is none */
    ConsolePasswordPrompt(Console console, InputStream in) {
        this.console = console;
        this.in = in;
    }

    @Override
    public String read(String question) {
        if (console != null) {
            char[] first = console.readPassword("%s", question);
            char[] second = first == null ? null : console.readPassword("%s", "Again: ");
            if (first == null || second == null) {
                throw new InvalidValueException("password", "no password was typed");
            }
            if (!new String(first).equals(new String(second))) {
                throw new InvalidValueException("password", "the two passwords typed differ");
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new InvalidValueException("password", "no password on standard input (give it as its first "
                        + "line, or run the command at a terminal)");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from standard input", e);
        }
    }
}
