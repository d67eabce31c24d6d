/**
 * Health: whether this process can serve ({@link io.tonearm.application.health.Readiness}), from the store's
 * reachability and schema and the query cache's tiers, for readiness probes.
 */
package io.tonearm.application.health;
