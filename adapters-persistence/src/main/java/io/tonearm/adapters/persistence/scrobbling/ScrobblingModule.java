package io.tonearm.adapters.persistence.scrobbling;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.tonearm.domain.enrichment.ScrobbleQueue;
import org.apache.ibatis.session.Configuration;

/** Binds {@link ScrobbleQueue} to MariaDB. Installed by {@code PersistenceModule}, whose sessions it uses. */
public final class ScrobblingModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(ScrobbleQueue.class).to(MyBatisScrobbleQueue.class).in(Singleton.class);
    }

    /** Adds this package's mapper to a MyBatis configuration being built. */
    public static void addMappers(Configuration configuration) {
        configuration.addMapper(ScrobbleMapper.class);
    }
}
