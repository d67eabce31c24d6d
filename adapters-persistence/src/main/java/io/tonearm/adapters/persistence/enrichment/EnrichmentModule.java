package io.tonearm.adapters.persistence.enrichment;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.tonearm.domain.enrichment.AlbumMatches;
import io.tonearm.domain.enrichment.ArtistMatches;
import io.tonearm.domain.enrichment.FetchedCovers;
import org.apache.ibatis.session.Configuration;

/**
 * Binds {@link AlbumMatches}, {@link ArtistMatches} and {@link FetchedCovers} to MariaDB. Installed by
 * {@code PersistenceModule}, whose sessions it uses.
 */
public final class EnrichmentModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(AlbumMatches.class).to(MyBatisAlbumMatches.class).in(Singleton.class);
        bind(ArtistMatches.class).to(MyBatisArtistMatches.class).in(Singleton.class);
        bind(FetchedCovers.class).to(MyBatisFetchedCovers.class).in(Singleton.class);
    }

    /** Adds this package's mappers to a MyBatis configuration being built. */
    public static void addMappers(Configuration configuration) {
        configuration.addMapper(MatchMapper.class);
        configuration.addMapper(CoverMapper.class);
        configuration.addMapper(ArtistMatchMapper.class);
    }
}
