/**
 * Tonearm's calls to services outside it: one {@link io.tonearm.adapters.http.outbound.OutboundService} per
 * remote service (rate limit, retries with capped exponential backoff and full jitter, {@code Retry-After},
 * timeouts, a circuit breaker), and the clients of MusicBrainz, the Cover Art Archive and ListenBrainz behind
 * the ports of {@code io.tonearm.domain.enrichment}. docs/enrichment.md describes the policy.
 */
package io.tonearm.adapters.http.outbound;
