package io.tonearm.application.monitoring;

/** One request being observed, from {@link CacheMonitor#observe} on the thread that handles it. */
public interface Observation {

    /**
     * Ends the observation on the thread that began it and counts the request for its endpoint; later calls
     * return the same answer without counting again.
     *
     * @return where the request's cached reads were answered and how long it took
     */
    Observed end();
}
