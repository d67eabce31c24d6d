package io.tonearm.adapters.http;

import java.util.function.BiConsumer;

/**
 * An extension point to add headers to API responses from outside this module, for example the headers
 * telling which cache tier answered a read. Bind implementations with
 * {@code Multibinder.newSetBinder(binder(), ResponseHeaderHook.class).addBinding().to(...)}; none are bound by
 * default.
 *
 * <p>For every request, {@link #begin} is called before the route's handler runs and the returned
 * {@link Completion} after it ran (also when it failed), before the response is sent, on the same thread as the
 * handler. A hook that throws is logged and ignored: it cannot break a response.
 */
public interface ResponseHeaderHook {

    /**
     * Starts observing one request.
     *
     * @param method the HTTP method, upper case, such as {@code GET}
     * @param path   the request path, such as {@code /api/tracks/42}
     * @return what to call once the handler has run
     */
    Completion begin(String method, String path);

    /** The end of one request's observation. */
    @FunctionalInterface
    interface Completion {
        /**
         * @param status  the response status about to be sent
         * @param headers receives the headers to add, as (name, value)
         */
        void complete(int status, BiConsumer<String, String> headers);
    }
}
