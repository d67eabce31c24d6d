/**
 * The catalog's persistence on MariaDB: MyBatis adapters of the domain's repository ports
 * ({@link io.tonearm.domain.port.Tracks}, {@link io.tonearm.domain.port.Albums},
 * {@link io.tonearm.domain.port.Artists}, {@link io.tonearm.domain.port.PlayHistory},
 * {@link io.tonearm.domain.port.TrackFiles}), a HikariCP pool and Flyway migrations applied when the pool is
 * first provided; and the library's audio files themselves ({@link io.tonearm.domain.port.AudioFiles}: the walk,
 * and tags read and written with jaudiotagger), the data the catalog is built from.
 *
 * <p>Public: {@link io.tonearm.adapters.persistence.PersistenceModule} (the Guice wiring),
 * {@link io.tonearm.adapters.persistence.DatabaseSettings} (how to reach the server) and
 * {@link io.tonearm.adapters.persistence.EmbeddedDatabase} (a local server when none is configured) with its
 * {@link io.tonearm.adapters.persistence.EmbeddedDatabaseInUseException}.
 * Everything else is package-private.
 */
package io.tonearm.adapters.persistence;
