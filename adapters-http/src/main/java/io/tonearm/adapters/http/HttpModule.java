package io.tonearm.adapters.http;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import io.tonearm.application.Library;
import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.scanning.LibraryScans;
import java.util.Objects;

/**
 * Binds the HTTP API: {@link ApiServer} (a singleton) over the {@link Library} and {@link LibraryScans} bound
 * elsewhere. Does no I/O: the server binds its port only on {@link ApiServer#start()}. Contributes a set of
 * {@link ResponseHeaderHook}s that other modules may add to. When a {@link CacheMonitor} is bound elsewhere, it
 * also serves {@code /api/cache/*} and adds the cache headers to every GET; without one, neither.
 */
public final class HttpModule extends AbstractModule {
    private final HttpSettings settings;

    /** @param settings where and how the server listens */
    public HttpModule(HttpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    protected void configure() {
        requireBinding(Library.class);
        requireBinding(LibraryScans.class);
        bind(HttpSettings.class).toInstance(settings);
        OptionalBinder.newOptionalBinder(binder(), CacheMonitor.class);
        Multibinder.newSetBinder(binder(), ResponseHeaderHook.class).addBinding().to(CacheHeaders.class);
        bind(CacheHeaders.class).in(Singleton.class);
        bind(CacheRoutes.class).in(Singleton.class);
        bind(ApiJson.class).in(Singleton.class);
        bind(ApiErrors.class).in(Singleton.class);
        bind(JettyProblemErrorHandler.class).in(Singleton.class);
        bind(ResponseFilters.class).in(Singleton.class);
        bind(TrackQueryRoutes.class).in(Singleton.class);
        bind(TrackCommandRoutes.class).in(Singleton.class);
        bind(AlbumRoutes.class).in(Singleton.class);
        bind(ArtistRoutes.class).in(Singleton.class);
        bind(ScanRoutes.class).in(Singleton.class);
        bind(ApiServer.class).to(JavalinApiServer.class).in(Singleton.class);
    }
}
