package io.tonearm.application.enrichment;

/**
 * What an enrichment run does.
 *
 * @param dryRun true to look every album up and count what would be matched, storing nothing
 */
public record EnrichmentRequest(boolean dryRun) {
}
