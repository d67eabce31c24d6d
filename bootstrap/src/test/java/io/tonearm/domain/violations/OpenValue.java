package io.tonearm.domain.violations;

/** Breaks immutability: final fields, but a subclass could add mutable state. */
public class OpenValue {
    private final String name;

    public OpenValue(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
