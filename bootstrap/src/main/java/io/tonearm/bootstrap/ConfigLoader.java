package io.tonearm.bootstrap;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValueType;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link TonearmConfig} from, by rising precedence: the defaults in {@code reference.conf}, an
 * optional HOCON file, and {@code TONEARM_*} environment variables. Nothing is half-accepted: either every
 * setting is valid, or one {@link InvalidConfigurationException} names all that are not. Variables that a
 * container platform injects for a service named tonearm ({@code TONEARM_PORT=tcp://...},
 * {@code TONEARM_SERVICE_HOST}, {@code TONEARM_PORT_8080_TCP_ADDR}, ...) are not settings and are ignored; any
 * other unknown {@code TONEARM_*} variable is refused, with the nearest known name when it looks like a typo.
 */
final class ConfigLoader {
    /** Names the configuration file when {@code --config} is not given. */
    static final String CONFIG_FILE_VARIABLE = "TONEARM_CONFIG";
    /** Read by logback.xml, not by this class; listed so that it is not mistaken for a typo. */
    static final String LOG_LEVEL_VARIABLE = "TONEARM_LOG_LEVEL";

    /** Every environment variable that overrides a setting, and that setting's path. */
    static final Map<String, String> ENVIRONMENT_OVERRIDES = orderedMap(
            "TONEARM_HTTP_HOST", "http.host",
            "TONEARM_HTTP_PORT", "http.port",
            "TONEARM_HTTP_SHUTDOWN_GRACE", "http.shutdown-grace",
            "TONEARM_HTTP_MAX_REQUEST_BYTES", "http.max-request-bytes",
            "TONEARM_HTTP_ACCESS_LOG", "http.access-log",
            "TONEARM_HTTP_MANAGEMENT_PORT", "http.management-port",
            "TONEARM_DB_URL", "db.url",
            "TONEARM_DB_USER", "db.user",
            "TONEARM_DB_PASSWORD", "db.password",
            "TONEARM_DB_POOL_SIZE", "db.pool-size",
            "TONEARM_DATA_DIR", "data-dir",
            "TONEARM_CACHE_LOCAL_MAX_BYTES", "cache.local.max-bytes",
            "TONEARM_CACHE_TTL", "cache.ttl",
            "TONEARM_CACHE_TTL_JITTER", "cache.ttl-jitter",
            "TONEARM_CACHE_COHERENCE_POLL", "cache.coherence.poll",
            "TONEARM_CACHE_COHERENCE_RETENTION", "cache.coherence.retention",
            "TONEARM_CACHE_COHERENCE_HOLE_GRACE", "cache.coherence.hole-grace",
            "TONEARM_CACHE_MONITOR_TIER1_MAX_BYTES", "cache.monitor.tier1-max-bytes",
            "TONEARM_CACHE_MONITOR_TIER2_MAX_BYTES", "cache.monitor.tier2-max-bytes",
            "TONEARM_CACHE_MONITOR_TOTAL_MAX_BYTES", "cache.monitor.total-max-bytes",
            "TONEARM_CACHE_MONITOR_HIT_RATE_WARNING", "cache.monitor.hit-rate-warning",
            "TONEARM_CACHE_MONITOR_HIT_RATE_CRITICAL", "cache.monitor.hit-rate-critical",
            "TONEARM_CACHE_MONITOR_MINIMUM_REQUESTS", "cache.monitor.minimum-requests",
            "TONEARM_CACHE_MONITOR_ALERT_LIFETIME", "cache.monitor.alert-lifetime",
            "TONEARM_CACHE_MONITOR_CHECK_INTERVAL", "cache.monitor.check-interval",
            "TONEARM_REDIS_URL", "redis.url",
            "TONEARM_REDIS_KEY_PREFIX", "redis.key-prefix",
            "TONEARM_REDIS_TIMEOUT", "redis.timeout",
            "TONEARM_REDIS_STALENESS_BOUND", "redis.staleness-bound",
            "TONEARM_REDIS_REQUIRED", "redis.required",
            "TONEARM_ADMIN_USER", "auth.admin-user",
            "TONEARM_ADMIN_PASSWORD", "auth.admin-password",
            "TONEARM_SUBSONIC_KEY", "auth.subsonic-key",
            "TONEARM_ENRICHMENT_CONTACT", "enrichment.contact",
            "TONEARM_MUSICBRAINZ_URL", "enrichment.musicbrainz.url",
            "TONEARM_MUSICBRAINZ_REQUESTS_PER_SECOND", "enrichment.musicbrainz.requests-per-second",
            "TONEARM_COVERART_URL", "enrichment.coverart.url",
            "TONEARM_LISTENBRAINZ_URL", "enrichment.listenbrainz.url",
            "TONEARM_ENRICHMENT_COVER_SIZE", "enrichment.cover-size",
            "TONEARM_ENRICHMENT_WRITE_TAGS", "enrichment.write-tags",
            "TONEARM_SCROBBLING_INTERVAL", "scrobbling.interval",
            "TONEARM_SCROBBLING_FIRST_RETRY", "scrobbling.first-retry",
            "TONEARM_SCROBBLING_MAX_RETRY", "scrobbling.max-retry",
            "TONEARM_LIBRARY_ROOTS", "library.roots",
            "TONEARM_LIBRARY_WRITE_TAGS", "library.write-tags",
            "TONEARM_SCAN_READERS", "library.scan.readers",
            "TONEARM_SCAN_BATCH_SIZE", "library.scan.batch-size",
            "TONEARM_ARTWORK_MAX_PIXELS", "artwork.max-pixels",
            "TONEARM_TRANSCODING_FFMPEG", "transcoding.ffmpeg",
            "TONEARM_TRANSCODING_CACHE_SIZE", "transcoding.cache-size",
            "TONEARM_TRANSCODING_MAX_CONCURRENT", "transcoding.max-concurrent",
            "TONEARM_TRANSCODING_SLOT_WAIT", "transcoding.slot-wait");

    /** Every TONEARM_* variable Tonearm reads. */
    private static final List<String> KNOWN_VARIABLES = knownVariables();
    private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);
    private static final String ENVIRONMENT_PREFIX = "TONEARM_";
    /** A section whose keys are the user's (query names), checked by {@link CacheConfig} instead. */
    private static final String FREE_FORM = "cache.ttls";

    private ConfigLoader() {
    }

    /**
     * Loads and validates the configuration.
     *
     * @param configFile  the file named by {@code --config}, or empty to use {@code TONEARM_CONFIG} if set
     * @param environment the process environment (blank values count as unset)
     * @return the validated configuration
     * @throws InvalidConfigurationException naming every invalid setting, unknown setting or unknown
     *     {@code TONEARM_*} variable, or the file if it cannot be read
     */
    static TonearmConfig load(Optional<Path> configFile, Map<String, String> environment) {
        return load(configFile, environment, Map.of());
    }

    /**
     * Loads and validates the configuration, with settings given on the command line (such as {@code serve --port})
     * winning over the environment, the file and the defaults.
     *
     * @param commandLine settings by their path, such as {@code http.port}, with the option's text as value
     * @throws InvalidConfigurationException as {@link #load(Optional, Map)}, naming a bad command-line value by its
     *     setting
     */
    static TonearmConfig load(Optional<Path> configFile, Map<String, String> environment,
                              Map<String, String> commandLine) {
        Config reference = ConfigFactory.parseResources(ConfigLoader.class.getClassLoader(), "reference.conf")
                .resolve();
        ConfigProblems problems = new ConfigProblems();
        Config fromFile = configFile.or(() -> fileFromEnvironment(environment))
                .map(ConfigLoader::parseFile)
                .orElse(ConfigFactory.empty());
        rejectUnknownSettings(fromFile, reference, problems);
        Config fromEnvironment = environmentOverrides(environment, problems);

        Config merged;
        try {
            merged = ConfigFactory.parseMap(commandLine, "command line").withFallback(fromEnvironment)
                    .withFallback(fromFile).withFallback(reference)
                    .resolve(ConfigResolveOptions.defaults());
        } catch (ConfigException e) {
            problems.add(e.getMessage());
            throw problems.toException();
        }
        return read(new Reader(merged, reference, problems), problems);
    }

    private static TonearmConfig read(Reader r, ConfigProblems problems) {
        HttpConfig http = build(problems, () -> new HttpConfig(r.string("http.host"), r.integer("http.port"),
                r.duration("http.shutdown-grace"), r.bytes("http.max-request-bytes"), r.bool("http.access-log"),
                r.optionalInteger("http.management-port")));
        DatabaseConfig db = build(problems, () -> new DatabaseConfig(r.optionalString("db.url"),
                r.string("db.user"), r.string("db.password"), r.integer("db.pool-size")));
        Path dataDir = r.path("data-dir");
        CacheConfig cache = build(problems, () -> new CacheConfig(r.bytes("cache.local.max-bytes"),
                r.duration("cache.ttl"), r.decimal("cache.ttl-jitter"), r.durations("cache.ttls"),
                new CacheConfig.Coherence(r.duration("cache.coherence.poll"), r.duration("cache.coherence.retention"),
                        r.duration("cache.coherence.hole-grace"))));
        MonitorConfig monitor = build(problems, () -> new MonitorConfig(r.bytes("cache.monitor.tier1-max-bytes"),
                r.bytes("cache.monitor.tier2-max-bytes"), r.bytes("cache.monitor.total-max-bytes"),
                r.decimal("cache.monitor.hit-rate-warning"), r.decimal("cache.monitor.hit-rate-critical"),
                r.integer("cache.monitor.minimum-requests"), r.duration("cache.monitor.alert-lifetime"),
                r.duration("cache.monitor.check-interval")));
        RedisConfig redis = build(problems, () -> new RedisConfig(r.optionalString("redis.url"),
                r.string("redis.key-prefix"), r.duration("redis.timeout"), r.duration("redis.staleness-bound"),
                r.bool("redis.required")));
        LibraryConfig library = build(problems, () -> new LibraryConfig(r.paths("library.roots"),
                r.strings("library.artist-separators"), r.bool("library.write-tags"),
                r.integer("library.scan.readers"), r.integer("library.scan.batch-size")));
        AuthConfig auth = build(problems, () -> new AuthConfig(r.optionalString("auth.admin-user"),
                r.optionalString("auth.admin-password"), r.optionalString("auth.subsonic-key")));
        EnrichmentConfig enrichment = build(problems, () -> new EnrichmentConfig(
                r.optionalString("enrichment.contact"),
                new EnrichmentConfig.Service(r.string("enrichment.musicbrainz.url"),
                        r.decimal("enrichment.musicbrainz.requests-per-second")),
                new EnrichmentConfig.Service(r.string("enrichment.coverart.url"),
                        r.decimal("enrichment.coverart.requests-per-second")),
                new EnrichmentConfig.Service(r.string("enrichment.listenbrainz.url"),
                        r.decimal("enrichment.listenbrainz.requests-per-second")),
                r.duration("enrichment.retry.base-delay"), r.decimal("enrichment.retry.factor"),
                r.duration("enrichment.retry.max-delay"), r.integer("enrichment.retry.max-attempts"),
                r.duration("enrichment.retry.max-total"), r.duration("enrichment.connect-timeout"),
                r.duration("enrichment.read-timeout"), r.integer("enrichment.breaker-failures"),
                r.duration("enrichment.breaker-delay"), r.integer("enrichment.match-score"),
                r.integer("enrichment.candidate-score"), r.integer("enrichment.cover-size"),
                r.bool("enrichment.write-tags")));
        ArtworkConfig artwork = build(problems, () -> new ArtworkConfig(r.strings("artwork.files"),
                r.integer("artwork.max-pixels")));
        TranscodingConfig transcoding = build(problems, () -> new TranscodingConfig(r.string("transcoding.ffmpeg"),
                r.bytes("transcoding.cache-size"), r.integer("transcoding.max-concurrent"),
                r.duration("transcoding.slot-wait")));
        ScrobblingConfig scrobbling = build(problems, () -> new ScrobblingConfig(r.duration("scrobbling.interval"),
                r.duration("scrobbling.first-retry"), r.duration("scrobbling.max-retry"),
                r.duration("scrobbling.keep-sent")));
        problems.throwIfAny();
        return new TonearmConfig(http, db, dataDir, cache, monitor, redis, library, auth, artwork, transcoding,
                enrichment, scrobbling);
    }

    /** Builds one section, adding its problems to the others instead of stopping at them. */
    private static <T> T build(ConfigProblems problems, Supplier<T> section) {
        try {
            return section.get();
        } catch (InvalidConfigurationException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static Optional<Path> fileFromEnvironment(Map<String, String> environment) {
        return Optional.ofNullable(environment.get(CONFIG_FILE_VARIABLE))
                .filter(value -> !value.isBlank())
                .map(Path::of);
    }

    private static Config parseFile(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidConfigurationException(List.of("config file " + file + " does not exist or cannot be read"));
        }
        try {
            return ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
        } catch (ConfigException e) {
            throw new InvalidConfigurationException(List.of("config file " + file + " is not valid HOCON: "
                    + e.getMessage()));
        }
    }

    /** A misspelt key would otherwise be ignored silently, leaving the user wondering why nothing changed. */
    private static void rejectUnknownSettings(Config fromFile, Config reference, ConfigProblems problems) {
        fromFile.entrySet().stream()
                .map(Map.Entry::getKey)
                .filter(path -> !reference.hasPathOrNull(path) && !path.startsWith(FREE_FORM + "."))
                .sorted()
                .forEach(path -> problems.add("unknown setting " + path + " (in " + origin(fromFile, path) + ")"));
    }

    private static String origin(Config config, String path) {
        return config.getValue(path).origin().description();
    }

    private static Config environmentOverrides(Map<String, String> environment, ConfigProblems problems) {
        Map<String, Object> overrides = new HashMap<>();
        environment.entrySet().stream()
                .filter(e -> e.getKey().startsWith(ENVIRONMENT_PREFIX))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    String path = ENVIRONMENT_OVERRIDES.get(e.getKey());
                    if (path != null) {
                        if (!e.getValue().isBlank()) {
                            overrides.put(path, e.getValue().strip());
                        }
                    } else if (EnvironmentNames.isSetByPlatform(e.getKey(), e.getValue())) {
                        LOG.debug("ignoring the environment variable {}: a container platform sets it for a service "
                                + "named tonearm; it is not a setting", e.getKey());
                    } else if (!e.getKey().equals(CONFIG_FILE_VARIABLE) && !e.getKey().equals(LOG_LEVEL_VARIABLE)) {
                        problems.add("unknown environment variable " + e.getKey() + EnvironmentNames.nearest(e.getKey(),
                                KNOWN_VARIABLES).map(name -> " (did you mean " + name + "?)").orElse(""));
                    }
                });
        return ConfigFactory.parseMap(overrides, "environment variables");
    }

    private static List<String> knownVariables() {
        List<String> known = new ArrayList<>(ENVIRONMENT_OVERRIDES.keySet());
        known.add(CONFIG_FILE_VARIABLE);
        known.add(LOG_LEVEL_VARIABLE);
        return List.copyOf(known);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Reads typed values. A value of the wrong type is recorded as a problem and replaced by its default, so
     * that the section it belongs to is still validated and its other problems are reported too.
     */
    private static final class Reader {
        private final Config config;
        private final Config reference;
        private final ConfigProblems problems;

        Reader(Config config, Config reference, ConfigProblems problems) {
            this.config = config;
            this.reference = reference;
            this.problems = problems;
        }

        int integer(String path) {
            return read(path, "an integer", Config::getInt);
        }

        double decimal(String path) {
            return read(path, "a number", Config::getDouble);
        }

        long bytes(String path) {
            return read(path, "a size such as 15M", Config::getBytes);
        }

        Duration duration(String path) {
            return read(path, "a duration such as 30s or 500ms", Config::getDuration);
        }

        String string(String path) {
            return read(path, "a string", Config::getString);
        }

        /** @return the string, or null if the setting is null */
        String optionalString(String path) {
            try {
                if (config.getIsNull(path)) {
                    return null;
                }
            } catch (ConfigException e) {
                // not set at all, or below a value that is not an object: string() names the problem
            }
            return string(path);
        }

        /** @return the integer, or null if the setting is null */
        Integer optionalInteger(String path) {
            try {
                if (config.getIsNull(path)) {
                    return null;
                }
            } catch (ConfigException e) {
                // not set at all, or below a value that is not an object: integer() names the problem
            }
            return integer(path);
        }

        /** @return an object of durations by (quoted) name, such as {@code { "tracks.chart" = 1m }} */
        Map<String, Duration> durations(String path) {
            ConfigObject object;
            try {
                object = config.getObject(path);
            } catch (ConfigException e) {
                problems.add(path + " must be an object of durations by query name, such as "
                        + "{ \"tracks.chart\" = 1m }, but was " + render(path));
                return Map.of();
            }
            Map<String, Duration> durations = new TreeMap<>();
            Config values = object.toConfig();
            for (String name : object.keySet()) {
                try {
                    durations.put(name, values.getDuration(ConfigUtil.joinPath(name)));
                } catch (ConfigException e) {
                    problems.add(path + "." + name + " must be a duration such as 30s or 500ms but was "
                            + object.get(name).render(ConfigRenderOptions.concise()));
                }
            }
            return durations;
        }

        boolean bool(String path) {
            return read(path, "true or false", Config::getBoolean);
        }

        List<String> strings(String path) {
            return read(path, "a list of strings", Config::getStringList);
        }

        /**
         * A list of paths: a HOCON list, or (from an environment variable) one string of paths separated by the
         * platform's path separator, as in PATH.
         */
        List<Path> paths(String path) {
            List<String> texts;
            try {
                texts = config.getValue(path).valueType() == ConfigValueType.STRING
                        ? splitPaths(config.getString(path))
                        : strings(path);
            } catch (ConfigException e) {
                texts = strings(path);
            }
            List<Path> paths = new ArrayList<>();
            for (String text : texts) {
                try {
                    if (text.isBlank()) {
                        problems.add(path + " must not contain a blank path");
                    } else {
                        paths.add(Path.of(text));
                    }
                } catch (InvalidPathException e) {
                    problems.add(path + " must hold file system paths but has " + text + " (" + e.getReason() + ")");
                }
            }
            return paths;
        }

        private static List<String> splitPaths(String text) {
            return text.isBlank() ? List.of() : List.of(text.split(java.io.File.pathSeparator));
        }

        Path path(String path) {
            String value = string(path);
            if (value.isBlank()) {
                problems.add(path + " must not be blank");
                return Path.of(reference.getString(path));
            }
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                problems.add(path + " must be a file system path but was " + value + " (" + e.getReason() + ")");
                return Path.of(reference.getString(path));
            }
        }

        private <T> T read(String path, String expected, Getter<T> getter) {
            try {
                return getter.get(config, path);
            } catch (ConfigException.Missing e) {
                problems.add(path + " must be " + expected + " but was not set");
            } catch (ConfigException e) {
                problems.add(path + " must be " + expected + " but was " + render(path));
            }
            return getter.get(reference, path);
        }

        private String render(String path) {
            try {
                return config.getValue(path).render(ConfigRenderOptions.concise());
            } catch (ConfigException e) {
                return "unreadable (" + e.getMessage() + ")";
            }
        }
    }

    @FunctionalInterface
    private interface Getter<T> {
        T get(Config config, String path);
    }
}
