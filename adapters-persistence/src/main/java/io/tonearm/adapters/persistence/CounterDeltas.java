package io.tonearm.adapters.persistence;

import java.util.Map;
import java.util.TreeMap;

/**
 * The changes a transaction makes to the counters, added up as it goes and written at its very end, in name
 * order: every writer locks the few, shared counter rows last, in the same order and for the shortest time.
 */
final class CounterDeltas {
    private final Map<String, Long> deltas = new TreeMap<>();

    /** Adds {@code delta} to the named counter's change. */
    void add(String name, long delta) {
        if (delta != 0) {
            deltas.merge(name, delta, Long::sum);
        }
    }

    /** A change to the set of tracks: their count moves, and so does the version of the set. */
    void addTracks(long delta) {
        add("tracks", delta);
        add("track_set_version", 1);
    }

    /** Writes the changes, in name order, and forgets them. */
    void apply(CatalogMapper catalog) {
        deltas.forEach((name, delta) -> {
            if (delta != 0) {
                catalog.addToCounter(name, delta);
            }
        });
        deltas.clear();
    }
}
