package io.tonearm.domain.port;

import java.lang.reflect.Type;
import java.util.Objects;

/**
 * A kind of read whose results the {@link QueryCache} keeps, such as "all tracks" or "a track by id". Its name
 * is the unit of invalidation; its result type says how a stored result is read back.
 *
 * @param name       a stable name of letters, digits, dots and dashes, for example {@code "tracks.all"}
 * @param resultType the type of the results
 * @param <T>        the type of the results
 */
public record NamedQuery<T>(String name, Type resultType) {
    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resultType, "resultType");
        if (!name.matches("[a-zA-Z0-9.\\-]{1,64}")) {
            throw new IllegalArgumentException("query name must be 1-64 letters, digits, dots or dashes: " + name);
        }
    }

    /** @return the named query whose results have the captured type */
    public static <T> NamedQuery<T> of(String name, ResultType<T> resultType) {
        return new NamedQuery<>(name, resultType.type());
    }

    @Override
    public String toString() {
        return name;
    }
}
