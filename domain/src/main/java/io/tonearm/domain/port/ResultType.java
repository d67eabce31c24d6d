package io.tonearm.domain.port;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Captures the full generic type of a cached result, such as {@code Page<TrackId>}, so that a cache which
 * stores values outside the process can read them back. Create it as an anonymous subclass:
 * {@code new ResultType<Page<TrackId>>() {}}.
 *
 * @param <T> the result type
 */
public abstract class ResultType<T> {
    private final Type type;

    protected ResultType() {
        Type superclass = getClass().getGenericSuperclass();
        if (!(superclass instanceof ParameterizedType parameterized)) {
            throw new IllegalStateException("ResultType must be created with a type argument");
        }
        this.type = parameterized.getActualTypeArguments()[0];
    }

    /** @return the captured type */
    public final Type type() {
        return type;
    }
}
