/**
 * Enrichment: matching the catalog's albums with MusicBrainz releases ({@link
 * io.tonearm.application.enrichment.AlbumEnrichment}), run in the background one at a time ({@link
 * io.tonearm.application.enrichment.EnrichmentJobs}). Remote answers are read through the query cache, so a
 * second run does not ask MusicBrainz again while they are cached.
 */
package io.tonearm.application.enrichment;
