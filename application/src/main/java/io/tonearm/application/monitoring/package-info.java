/**
 * Watching the query cache: its health from configurable thresholds, alerts that expire, recent snapshots and
 * the trend of a metric over them, and how each HTTP endpoint was answered (which tier, how fast). Obtain an
 * implementation with {@link io.tonearm.application.monitoring.CacheMonitor#create}.
 */
package io.tonearm.application.monitoring;
