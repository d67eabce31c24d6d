package io.tonearm.adapters.http.subsonic;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/**
 * Binds the Subsonic API's parts; {@link SubsonicRoutes} is bound by the HTTP module, which installs this one and
 * provides what the methods use (the library, scans, the users' use cases, the one credential check).
 */
public final class SubsonicModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(SubsonicAuth.class).in(Singleton.class);
        bind(SubsonicCatalog.class).in(Singleton.class);
        bind(SubsonicAnnotations.class).in(Singleton.class);
        bind(SystemMethods.class).in(Singleton.class);
        bind(BrowsingMethods.class).in(Singleton.class);
        bind(MediaMethods.class).in(Singleton.class);
        bind(ListMethods.class).in(Singleton.class);
        bind(SearchMethods.class).in(Singleton.class);
        bind(AnnotationMethods.class).in(Singleton.class);
        bind(PlaybackMethods.class).in(Singleton.class);
        bind(PlaylistMethods.class).in(Singleton.class);
        bind(InfoMethods.class).in(Singleton.class);
        bind(LyricsMethods.class).in(Singleton.class);
    }
}
