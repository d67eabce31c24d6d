/**
 * Enrichment's store: albums matched with MusicBrainz releases and the candidates kept for a person
 * ({@link io.tonearm.domain.enrichment.AlbumMatches}), on MariaDB through MyBatis.
 */
package io.tonearm.adapters.persistence.enrichment;
