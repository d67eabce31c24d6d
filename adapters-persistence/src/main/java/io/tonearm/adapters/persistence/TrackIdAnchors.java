package io.tonearm.adapters.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Track ids at every {@value #STRIDE}th position of the id order, for one version of the set of tracks: a page
 * at a deep offset seeks past the anchor below it and walks at most {@code STRIDE - 1} entries, instead of
 * walking the whole offset. An anchor is found on first need, by a walk from the nearest anchor below it, so
 * the first deep page after a change costs what a plain OFFSET costs and the next ones a seek. 8 bytes an
 * anchor.
 *
 * <p>The version is the {@code track_set_version} counter, changed in the transaction of every insert and
 * delete. The caller reads it in the same transaction as it walks, before walking, so every anchor kept
 * under a version was found in that version: another node's writes make this one walk again, never use a
 * stale anchor.
 */
final class TrackIdAnchors {
    static final int STRIDE = 1_000;

    /** Where a page starts: after the anchor id (or from the first track when null), skipping {@code skip}. */
    record Start(Long afterId, int skip) {
    }

    /** Finds an anchor in the caller's transaction. */
    @FunctionalInterface
    interface Walk {
        /**
         * @return the id {@code skip} places after the track {@code afterId} (or after the start when null) in id
         *     order, or null if there are not that many
         */
        Long idAfter(Long afterId, int skip);
    }

    private record Anchors(long version, ConcurrentSkipListMap<Integer, Long> byStride) {
    }

    private final AtomicReference<Anchors> current = new AtomicReference<>(new Anchors(-1, new ConcurrentSkipListMap<>()));

    /**
     * @param offset  the page's offset in id order
     * @param version the set of tracks' version, read in the caller's transaction before any walk
     * @param walk    finds an anchor in that transaction
     * @return where to start reading the page
     */
    Start start(int offset, long version, Walk walk) {
        int stride = offset / STRIDE;
        if (stride == 0) {
            return new Start(null, offset);
        }
        Anchors anchors = anchorsOf(version);
        Long id = anchors.byStride().get(stride);
        if (id == null) {
            Map.Entry<Integer, Long> below = anchors.byStride().floorEntry(stride);
            int from = below == null ? 0 : below.getKey();
            // The anchor of stride n is the id at position n * STRIDE, counted from 1.
            id = walk.idAfter(below == null ? null : below.getValue(), (stride - from) * STRIDE - 1);
            if (id == null) {
                return new Start(null, offset);
            }
            anchors.byStride().put(stride, id);
        }
        return new Start(id, offset - stride * STRIDE);
    }

    /** @return the anchors of this version, replacing older ones; a private set for a reader of an older one */
    private Anchors anchorsOf(long version) {
        while (true) {
            Anchors known = current.get();
            if (known.version() == version) {
                return known;
            }
            Anchors fresh = new Anchors(version, new ConcurrentSkipListMap<>());
            if (known.version() > version) {
                return fresh; // a transaction that started before the latest change: its anchors are its own
            }
            if (current.compareAndSet(known, fresh)) {
                return fresh;
            }
        }
    }
}
