package io.tonearm.bootstrap;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The whole, validated configuration of a Tonearm process. Obtained from {@link ConfigLoader}; see
 * docs/configuration.md for every setting.
 *
 * @param http    the HTTP API
 * @param db      the catalog's database
 * @param dataDir where Tonearm keeps its own files (the embedded database lives in {@code <dataDir>/mariadb})
 * @param cache   the in-process query cache
 * @param monitor the thresholds of the cache's health
 * @param redis   the shared cache tier
 * @param library the audio files and their scanning
 * @param auth    the first admin
 * @param artwork     how cover art is found
 * @param transcoding ffmpeg and the transcode cache
 * @param enrichment  how albums are matched with MusicBrainz and remote services are called
 * @param scrobbling  how plays are sent to ListenBrainz
 */
record TonearmConfig(HttpConfig http, DatabaseConfig db, Path dataDir, CacheConfig cache, MonitorConfig monitor,
                     RedisConfig redis, LibraryConfig library, AuthConfig auth,
                     ArtworkConfig artwork, TranscodingConfig transcoding, EnrichmentConfig enrichment,
                     ScrobblingConfig scrobbling) {
    TonearmConfig {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(enrichment, "enrichment");
        Objects.requireNonNull(artwork, "artwork");
        Objects.requireNonNull(transcoding, "transcoding");
        Objects.requireNonNull(scrobbling, "scrobbling");
    }

    /** @return where finished transcodes are kept */
    Path transcodeCacheDir() {
        return dataDir.resolve("cache").resolve("transcodes");
    }

    /** @return where found and scaled cover images are kept */
    Path artworkCacheDir() {
        return dataDir.resolve("cache").resolve("artwork");
    }

    /** @return where the embedded MariaDB keeps its data between runs */
    Path embeddedDatabaseDir() {
        return dataDir.resolve("mariadb");
    }
}
