package io.tonearm.bootstrap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects what is wrong with the configuration instead of stopping at the first problem, so that a user
 * fixes every setting in one go.
 */
final class ConfigProblems {
    private final List<String> messages = new ArrayList<>();

    /** Records {@code message} unless {@code valid}. */
    ConfigProblems require(boolean valid, Supplier<String> message) {
        if (!valid) {
            messages.add(message.get());
        }
        return this;
    }

    void add(String message) {
        messages.add(message);
    }

    void addAll(List<String> more) {
        messages.addAll(more);
    }

    /** @throws InvalidConfigurationException naming every problem recorded so far, if there is any */
    void throwIfAny() {
        if (!messages.isEmpty()) {
            throw toException();
        }
    }

    /** @return the exception naming every problem recorded so far (there must be one at least) */
    InvalidConfigurationException toException() {
        return new InvalidConfigurationException(messages);
    }

    /** @return the duration as a user writes it in HOCON ({@code 30s}, {@code 250ms}), or null as {@code null} */
    static String show(Duration duration) {
        if (duration == null) {
            return "null";
        }
        if (duration.getNano() == 0) {
            return duration.getSeconds() + "s";
        }
        if (duration.getNano() % 1_000_000 == 0) {
            return duration.toMillis() + "ms";
        }
        return duration.toNanos() + "ns";
    }
}
