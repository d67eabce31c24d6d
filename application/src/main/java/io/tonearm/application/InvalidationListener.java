package io.tonearm.application;

/**
 * Told of every change's invalidation right after it was applied to this process's cache, on the changing thread:
 * must return quickly and never throw.
 */
@FunctionalInterface
public interface InvalidationListener {
    /** Listens to nothing. */
    InvalidationListener NONE = invalidation -> { };

    /** Called once per change, after its invalidation was applied. */
    void invalidated(Invalidation invalidation);
}
