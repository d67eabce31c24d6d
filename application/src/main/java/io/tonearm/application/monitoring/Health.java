package io.tonearm.application.monitoring;

/** How the cache is doing, the worse finding counting. */
public enum Health {
    /** Within every threshold. */
    HEALTHY,
    /** Over a threshold that does not threaten the service: sizes, a hit rate below the warning level, a tier out of use. */
    WARNING,
    /** Over a threshold that does: the total size, a hit rate below the critical level. */
    CRITICAL;

    /** @return the worse of this and {@code other} */
    public Health and(Health other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
