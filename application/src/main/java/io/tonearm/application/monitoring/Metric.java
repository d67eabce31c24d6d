package io.tonearm.application.monitoring;

/** A figure of the cache whose trend can be followed over snapshots. */
public enum Metric {
    /** The share of reads answered from a tier, between consecutive snapshots. Higher is better. */
    HIT_RATE(true),
    /** Bytes held by the nearest tier. Lower is better. */
    TIER1_BYTES(false),
    /** Bytes held by the second tier. Lower is better. */
    TIER2_BYTES(false),
    /** Bytes held by every tier. Lower is better. */
    TOTAL_BYTES(false);

    private final boolean higherIsBetter;

    Metric(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    /** @return whether a rising value is an improvement */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** @return the metric's value in the snapshot, or NaN where it has none (no reads since the previous one) */
    double of(CacheSnapshot snapshot) {
        return switch (this) {
            case HIT_RATE -> snapshot.recentRequests() == 0 ? Double.NaN
                    : (double) snapshot.recentHits() / snapshot.recentRequests();
            case TIER1_BYTES -> snapshot.tier1Bytes();
            case TIER2_BYTES -> snapshot.tier2Bytes();
            case TOTAL_BYTES -> snapshot.totalBytes();
        };
    }
}
