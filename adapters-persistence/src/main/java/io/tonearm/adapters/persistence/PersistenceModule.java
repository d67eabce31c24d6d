package io.tonearm.adapters.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.tonearm.adapters.persistence.enrichment.EnrichmentModule;
import io.tonearm.adapters.persistence.playback.PlaybackModule;
import io.tonearm.adapters.persistence.playlists.PlaylistsModule;
import io.tonearm.adapters.persistence.scrobbling.ScrobblingModule;
import io.tonearm.adapters.persistence.transactions.BeforeCommit;
import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.adapters.persistence.transactions.WriteRetries;
import io.tonearm.adapters.persistence.users.UsersModule;
import io.tonearm.domain.ArtistSeparators;
import io.tonearm.domain.port.Albums;
import io.tonearm.domain.port.Artists;
import io.tonearm.domain.port.AudioFiles;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.PlayHistory;
import io.tonearm.domain.port.StoreHealth;
import io.tonearm.domain.port.TrackAnnotations;
import io.tonearm.domain.port.AlbumArtistAnnotations;
import io.tonearm.domain.port.TrackFiles;
import io.tonearm.domain.port.Tracks;
import java.util.Objects;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Binds the catalog's repository ports ({@link Tracks}, {@link Albums}, {@link Artists},
 * {@link PlayHistory}) and the scanner's view of it ({@link TrackFiles}) to their MariaDB adapters, the log of the
 * catalog's changes ({@link ChangeLog}, written inside each of those adapters' write transactions), the users'
 * ports through {@link UsersModule}, the playlists through {@link PlaylistsModule}, and the
 * library's audio files ({@link AudioFiles}, the stored data the catalog is read from) to the jaudiotagger
 * adapter, which splits artist tags on the given {@link ArtistSeparators}, and {@link StoreHealth} to a check of
 * the pool and of the schema's version. A port call that finds the database unreachable throws
 * {@link io.tonearm.domain.StoreUnavailableException} ({@code UNREACHABLE}) within about two seconds.
 *
 * <p>Nothing is opened while the module is configured: the connection pool is created, and the schema
 * migrated, when the {@link HikariDataSource} is first provided (that is, when the first adapter is). The pool
 * is a singleton of the injector; close it on shutdown with
 * {@code injector.getInstance(HikariDataSource.class).close()}.
 */
public final class PersistenceModule extends AbstractModule {
    private final DatabaseSettings settings;
    private final ArtistSeparators separators;

    /**
     * @param settings   how to reach the database
     * @param separators where tag values are split into several artists
     */
    public PersistenceModule(DatabaseSettings settings, ArtistSeparators separators) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.separators = Objects.requireNonNull(separators, "separators");
    }

    /** @param settings how to reach the database; artist tags are split on {@link ArtistSeparators#DEFAULT} */
    public PersistenceModule(DatabaseSettings settings) {
        this(settings, ArtistSeparators.DEFAULT);
    }

    @Override
    protected void configure() {
        // The process's metrics registry when bootstrap binds one: write retries are counted there.
        OptionalBinder.newOptionalBinder(binder(), MeterRegistry.class);
        bind(WriteRetries.class).in(Singleton.class);
        bind(ChangeRecorder.class).in(Singleton.class);
        bind(BeforeCommit.class).to(ChangeRecorder.class);
        bind(Transactions.class).in(Singleton.class);
        bind(ChangeLog.class).to(MyBatisChangeLog.class).in(Singleton.class);
        bind(Tracks.class).to(MyBatisTracks.class).in(Singleton.class);
        bind(Albums.class).to(MyBatisAlbums.class).in(Singleton.class);
        bind(Artists.class).to(MyBatisArtists.class).in(Singleton.class);
        bind(PlayHistory.class).to(MyBatisPlayHistory.class).in(Singleton.class);
        bind(TrackAnnotations.class).to(MyBatisTrackAnnotations.class).in(Singleton.class);
        bind(AlbumArtistAnnotations.class).to(MyBatisAlbumArtistAnnotations.class).in(Singleton.class);
        bind(TrackFiles.class).to(MyBatisTrackFiles.class).in(Singleton.class);
        bind(ArtistSeparators.class).toInstance(separators);
        bind(AudioFiles.class).to(JaudiotaggerAudioFiles.class).in(Singleton.class);
        bind(StoreHealth.class).to(PoolHealth.class).in(Singleton.class);
        install(new UsersModule());
        install(new EnrichmentModule());
        install(new ScrobblingModule());
        install(new PlaybackModule());
        install(new PlaylistsModule());
    }

    /** The pool, with the schema brought up to date before anyone can use it. */
    @Provides
    @Singleton
    MigratedPool migratedPool() {
        HikariDataSource pool = Database.openPool(settings);
        try {
            return new MigratedPool(pool, Database.migrate(pool));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    @Provides
    @Singleton
    HikariDataSource dataSource(MigratedPool migrated) {
        return migrated.pool();
    }

    @Provides
    @Singleton
    SqlSessionFactory sqlSessionFactory(HikariDataSource dataSource) {
        return Database.sessionFactory(new BusyTolerantDataSource(dataSource));
    }
}
