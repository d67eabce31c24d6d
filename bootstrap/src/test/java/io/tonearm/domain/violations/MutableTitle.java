package io.tonearm.domain.violations;

/** Breaks immutability: a non-final field with a setter. */
public final class MutableTitle {
    private String title;

    public MutableTitle(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
