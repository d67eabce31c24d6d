package io.tonearm.bootstrap;

import java.util.List;

/** Thrown when the configuration cannot be used. Its message names every invalid setting at once. */
final class InvalidConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** @param problems one message per invalid setting, each naming the setting and its value */
    InvalidConfigurationException(List<String> problems) {
        super("invalid configuration: " + String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid configuration has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** @return one message per invalid setting, in the order they were found */
    List<String> problems() {
        return problems;
    }
}
