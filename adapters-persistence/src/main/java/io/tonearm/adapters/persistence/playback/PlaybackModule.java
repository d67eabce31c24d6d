package io.tonearm.adapters.persistence.playback;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.tonearm.domain.playback.Bookmarks;
import io.tonearm.domain.playback.NowPlayingBoard;
import io.tonearm.domain.playback.PlayQueues;
import org.apache.ibatis.session.Configuration;

/**
 * Binds {@link PlayQueues}, {@link Bookmarks} and the {@link NowPlayingBoard} to MariaDB. Installed by
 * {@code PersistenceModule}.
 */
public final class PlaybackModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(PlayQueues.class).to(MyBatisPlayQueues.class).in(Singleton.class);
        bind(Bookmarks.class).to(MyBatisBookmarks.class).in(Singleton.class);
        bind(NowPlayingBoard.class).to(MyBatisNowPlayingBoard.class).in(Singleton.class);
    }

    /** Adds this package's mapper to a MyBatis configuration being built. */
    public static void addMappers(Configuration configuration) {
        configuration.addMapper(PlaybackMapper.class);
    }
}
