package io.tonearm.adapters.cache;

/**
 * A result held in the in-process tier.
 *
 * @param value          the result, as read back from its serialized form
 * @param weight         its serialized size in bytes
 * @param freshAsOfNanos the {@link System#nanoTime()} as of which the result is known to reflect the store
 * @param ttlNanos       how long it may stay, jitter applied
 */
record Tier1Entry(Object value, int weight, long freshAsOfNanos, long ttlNanos) {
}
