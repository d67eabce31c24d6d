package io.tonearm.adapters.persistence.playlists;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.tonearm.domain.playlist.Playlists;
import org.apache.ibatis.session.Configuration;

/** Binds {@link Playlists} to MariaDB. Installed by {@code PersistenceModule}, whose sessions it uses. */
public final class PlaylistsModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(Playlists.class).to(MyBatisPlaylists.class).in(Singleton.class);
    }

    /** Adds this package's mapper to a MyBatis configuration being built. */
    public static void addMappers(Configuration configuration) {
        configuration.addMapper(PlaylistMapper.class);
    }
}
