package io.tonearm.application.scanning;

import io.tonearm.domain.TrackId;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The known tracks whose file a scan has met. A bit per track id (12.5 KB per 100,000 tracks) rather than a
 * set of paths, so that a rescan's memory does not grow with the length of the library's paths.
 */
final class SeenTracks {
    private final BitSet bits;
    private final Set<Long> large;

    SeenTracks(long lastKnownId) {
        if (lastKnownId < Integer.MAX_VALUE) {
            this.bits = new BitSet((int) lastKnownId + 1);
            this.large = null;
        } else {
            this.bits = null;
            this.large = new HashSet<>();
        }
    }

    synchronized void add(TrackId id) {
        if (bits != null) {
            if (id.value() < Integer.MAX_VALUE) {
                bits.set((int) id.value());
            }
        } else {
            large.add(id.value());
        }
    }

    synchronized boolean contains(TrackId id) {
        if (bits != null) {
            return id.value() < Integer.MAX_VALUE && bits.get((int) id.value());
        }
        return large.contains(id.value());
    }
}
