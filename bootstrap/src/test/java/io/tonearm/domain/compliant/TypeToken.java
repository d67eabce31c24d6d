package io.tonearm.domain.compliant;

/** An abstract domain class with a final field, like {@code ResultType}: allowed. */
public abstract class TypeToken<T> {
    private final String name;

    protected TypeToken(String name) {
        this.name = name;
    }

    public final String name() {
        return name;
    }
}
