/**
 * What Tonearm learns from services outside it: releases and artists of MusicBrainz
 * ({@link io.tonearm.domain.enrichment.ReleaseLookup}), front covers of the Cover Art Archive
 * ({@link io.tonearm.domain.enrichment.CoverArchive}) and listens forwarded to ListenBrainz
 * ({@link io.tonearm.domain.enrichment.ListenSubmitter}). The ports say what is asked; the adapters behind them
 * keep each service's rules (rate limits, retries, timeouts) and throw {@link
 * io.tonearm.domain.enrichment.RemoteServiceException} when a service cannot answer now.
 */
package io.tonearm.domain.enrichment;
