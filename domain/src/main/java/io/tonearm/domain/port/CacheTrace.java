package io.tonearm.domain.port;

/**
 * Follows where the cached reads of one thread are answered, from {@link QueryCache#openTrace()} until
 * {@link #close()}: for example the reads made while handling one HTTP request.
 */
public interface CacheTrace extends AutoCloseable {
    /** A trace of a cache that does not trace: it never sees a read. */
    CacheTrace NONE = new CacheTrace() {
        @Override
        public CacheSource source() {
            return CacheSource.NONE;
        }

        @Override
        public void close() {
        }
    };

    /** @return the farthest source any cached read of the thread needed since the trace was opened */
    CacheSource source();

    /** Stops following the thread; a trace opened before this one on the thread then also counts its reads. */
    @Override
    void close();
}
