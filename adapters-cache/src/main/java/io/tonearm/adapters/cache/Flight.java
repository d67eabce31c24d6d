package io.tonearm.adapters.cache;

import io.tonearm.domain.port.CacheSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One load of one key in progress. Concurrent readers of the key wait for it instead of loading again. An
 * invalidation of the key cancels its publication: the result still goes to the readers already waiting (they
 * asked before the invalidation returned) but is never stored.
 */
final class Flight {
    private final Thread owner = Thread.currentThread();
    private final CompletableFuture<Object> result = new CompletableFuture<>();
    private volatile boolean cancelled;
    private volatile CacheSource source = CacheSource.MISS;

    /** Called by an invalidation, under the lock of the key's slot in the in-process tier. */
    void cancelPublication() {
        cancelled = true;
    }

    /** Read under the same lock as {@link #cancelPublication()}, so the two cannot interleave. */
    boolean publicationCancelled() {
        return cancelled;
    }

    /** Completes the flight with a value that came from {@code from}. */
    void complete(Object value, CacheSource from) {
        source = from;
        result.complete(value);
    }

    /** @return where the value of a completed flight came from */
    CacheSource source() {
        return source;
    }

    void fail(Throwable failure) {
        result.completeExceptionally(failure);
    }

    /**
     * Waits for the load's result.
     *
     * @throws IllegalStateException if the calling thread is the one loading (a loader reading its own key)
     */
    Object join(String what) {
        if (owner == Thread.currentThread() && !result.isDone()) {
            throw new IllegalStateException("the loader of " + what + " reads its own key");
        }
        try {
            return result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
