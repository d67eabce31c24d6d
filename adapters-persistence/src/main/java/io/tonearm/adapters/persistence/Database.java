package io.tonearm.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.adapters.persistence.enrichment.EnrichmentModule;
import io.tonearm.adapters.persistence.playback.PlaybackModule;
import io.tonearm.adapters.persistence.playlists.PlaylistsModule;
import io.tonearm.adapters.persistence.scrobbling.ScrobblingModule;
import io.tonearm.adapters.persistence.users.UsersModule;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.apache.ibatis.type.JdbcType;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the third-party objects of this adapter: the pool, the migrations and MyBatis. */
final class Database {
    /** Where the schema's migrations live; under the package so that no other module's can clash. */
    static final String MIGRATIONS = "classpath:io/tonearm/adapters/persistence/db/migration";

    /** How long a caller waits for a connection from the pool before the database counts as unreachable. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(1500);
    /** How long the pool's check that a connection is alive may take. */
    static final Duration VALIDATION_TIMEOUT = Duration.ofMillis(1000);
    /**
     * How long a statement waits for a row lock before the database refuses it (error 1205, and the write runs
     * again; see {@link WriteRetries}). The server's default, 50 s, is longer than a write's whole retry budget.
     */
    static final Duration LOCK_WAIT_TIMEOUT = Duration.ofSeconds(5);
    /** How long the driver tries to open a TCP connection to the server. */
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(1000);

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private Database() {
    }

    /** @return a pool whose connections compare text ignoring case and accents, like the schema's columns */
    static HikariDataSource openPool(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("tonearm-db");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
        // Bound strings take the columns' collation, so that derived tables of bound values (bulk lookups)
        // join to indexed columns without "illegal mix of collations". A lock is waited for a few seconds only.
        config.setConnectionInitSql("SET NAMES utf8mb4 COLLATE utf8mb4_uca1400_ai_ci, SESSION innodb_lock_wait_timeout = "
                + LOCK_WAIT_TIMEOUT.toSeconds());
        // A database that cannot be reached must be a quick 503, not a request hanging for half a minute: a
        // connection is waited for at most 1.5 s (the pool's default is 30 s), a dead one is found within 1 s,
        // and opening a new one gives up after 1 s. Together about 2 s, whatever the outage.
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        config.addDataSourceProperty("connectTimeout", Long.toString(CONNECT_TIMEOUT.toMillis()));
        // Every use is a transaction (see Transactions): connections stay in that mode, which saves two
        // round trips (autocommit off, then on again) per port call.
        config.setAutoCommit(false);
        return new HikariDataSource(config);
    }

    /**
     * Brings the schema up to date; safe to run on every start.
     *
     * @return the schema's version now, such as {@code "19"}
     */
    static String migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .load();
        var result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("database schema migrated to version {} ({} migrations applied)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        } else {
            LOG.debug("database schema is up to date");
        }
        return flyway.info().current().getVersion().getVersion();
    }

    /** @return MyBatis over the pool, with this package's mappers */
    static SqlSessionFactory sessionFactory(DataSource dataSource) {
        JdbcTransactionFactory transactions = new JdbcTransactionFactory();
        Properties properties = new Properties();
        properties.setProperty("skipSetAutoCommitOnClose", "true");
        transactions.setProperties(properties);
        Configuration configuration = new Configuration(new Environment("tonearm", transactions, dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setCacheEnabled(false);
        // Sessions live for one transaction; a session-wide cache would only hide our own writes.
        configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
        configuration.setJdbcTypeForNull(JdbcType.NULL);
        configuration.getTypeHandlerRegistry().register(Instant.class, new UtcInstantTypeHandler());
        configuration.getTypeAliasRegistry().registerAlias("TrackRow", TrackRow.class);
        configuration.getTypeAliasRegistry().registerAlias("AlbumRow", AlbumRow.class);
        configuration.getTypeAliasRegistry().registerAlias("ArtistRow", ArtistRow.class);
        configuration.getTypeAliasRegistry().registerAlias("KeyedId", KeyedId.class);
        configuration.getTypeAliasRegistry().registerAlias("TermCounts", TermCounts.class);
        configuration.getTypeAliasRegistry().registerAlias("DerivedRow", DerivedRow.class);
        configuration.getTypeAliasRegistry().registerAlias("AnnotationRow", AnnotationRow.class);
        configuration.getTypeAliasRegistry().registerAlias("ChangeRow", ChangeRow.class);
        configuration.addMapper(CatalogMapper.class);
        configuration.addMapper(TrackMapper.class);
        configuration.addMapper(AlbumMapper.class);
        configuration.addMapper(ArtistMapper.class);
        configuration.addMapper(PlayMapper.class);
        configuration.addMapper(AnnotationMapper.class);
        configuration.addMapper(AlbumArtistAnnotationMapper.class);
        configuration.addMapper(TrackFileMapper.class);
        configuration.addMapper(ChangeLogMapper.class);
        UsersModule.addMappers(configuration);
        EnrichmentModule.addMappers(configuration);
        ScrobblingModule.addMappers(configuration);
        PlaybackModule.addMappers(configuration);
        PlaylistsModule.addMappers(configuration);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
