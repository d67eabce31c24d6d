package io.tonearm.domain.user;

import java.util.Objects;

/** Thrown when a user is added under a name (ignoring case) that another user has. */
public final class DuplicateUserNameException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String name;

    /** @param name the name asked for */
    public DuplicateUserNameException(UserName name) {
        super("a user named " + Objects.requireNonNull(name, "name") + " exists already (names ignore case)");
        this.name = name.value();
    }

    /** @return the name asked for */
    public String name() {
        return name;
    }
}
