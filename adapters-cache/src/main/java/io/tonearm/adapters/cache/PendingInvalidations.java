package io.tonearm.adapters.cache;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Invalidations that could not be broadcast, kept for replay; past a bound, "everything" replaces them. */
final class PendingInvalidations {
    private static final int MOST_PENDING = 10_000;

    private final Set<String> queries = new LinkedHashSet<>();
    private final Set<Map.Entry<String, String>> entries = new LinkedHashSet<>();
    private boolean everything;
    private int replaying;
    // everything waiting was broadcast once already, while acknowledgements could not be heard
    private boolean unheard;
    private volatile boolean any;

    record Drained(boolean everything, Set<String> queries, Set<Map.Entry<String, String>> entries) {
    }

    boolean any() {
        return any;
    }

    synchronized int size() {
        return (everything ? 1 : queries.size() + entries.size()) + replaying;
    }

    synchronized void addQueries(Collection<String> names) {
        unheard = false;
        if (!everything) {
            queries.addAll(names);
            trim();
        }
        any = true;
    }

    synchronized void addEntry(String query, String arguments) {
        unheard = false;
        if (!everything) {
            entries.add(Map.entry(query, arguments));
            trim();
        }
        any = true;
    }

    synchronized void addEverything() {
        unheard = false;
        everything = true;
        queries.clear();
        entries.clear();
        any = true;
    }

    synchronized Drained drain() {
        if (!any) {
            return null;
        }
        Drained drained = new Drained(everything, Set.copyOf(queries), Set.copyOf(entries));
        unheard = false;
        replaying = everything ? 1 : queries.size() + entries.size();
        everything = false;
        queries.clear();
        entries.clear();
        // still "any" until the replay succeeded: tier 2 stays unused meanwhile
        return drained;
    }

    synchronized void restore(Drained drained) {
        replaying = 0;
        if (drained.everything()) {
            addEverything();
        } else {
            addQueries(drained.queries());
            drained.entries().forEach(entry -> addEntry(entry.getKey(), entry.getValue()));
        }
    }

    /** Restores a replay that reached Redis while no acknowledgement could be heard: it is made again later. */
    synchronized void restoreUnheard(Drained drained) {
        boolean addedMeanwhile = everything || !queries.isEmpty() || !entries.isEmpty();
        restore(drained);
        unheard = !addedMeanwhile;
    }

    /** @return whether what waits was broadcast once already and only waits to be broadcast where it is heard */
    synchronized boolean waitsForHearing() {
        return unheard;
    }

    synchronized void replayed() {
        replaying = 0;
        any = everything || !queries.isEmpty() || !entries.isEmpty();
    }

    private void trim() {
        if (queries.size() + entries.size() > MOST_PENDING) {
            addEverything();
        }
    }
}
