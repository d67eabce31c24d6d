package io.tonearm.adapters.http;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tonearm.adapters.http.auth.AuthSettings;
import io.tonearm.adapters.http.auth.AuthenticationStep;
import io.tonearm.adapters.http.auth.CredentialCheck;
import io.tonearm.adapters.http.auth.Sessions;
import io.tonearm.adapters.http.listening.CoverRoutes;
import io.tonearm.adapters.http.listening.StreamRoutes;
import io.tonearm.adapters.http.subsonic.SubsonicModule;
import io.tonearm.adapters.http.subsonic.SubsonicRoutes;
import io.tonearm.adapters.http.web.WebApp;
import io.tonearm.application.InvalidationListener;
import io.tonearm.application.Library;
import io.tonearm.application.Listeners;
import io.tonearm.application.PlaylistLibrary;
import io.tonearm.application.changelog.ChangeFollower;
import io.tonearm.application.enrichment.AlbumEnrichment;
import io.tonearm.application.health.Readiness;
import io.tonearm.application.enrichment.EnrichmentJobs;
import io.tonearm.application.listening.CoverArt;
import io.tonearm.application.listening.TrackStreams;
import io.tonearm.application.listening.TrackTranscodes;
import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.scanning.LibraryScans;
import io.tonearm.application.playback.SavedPlayback;
import io.tonearm.application.scrobbling.Scrobbling;
import io.tonearm.application.users.Accounts;
import io.tonearm.application.users.Authentication;
import io.tonearm.application.users.UserAccounts;
import io.tonearm.application.users.SubsonicAccess;
import io.tonearm.application.users.UserTokens;
import java.util.Objects;

/**
 * Binds the HTTP API: {@link ApiServer} (a singleton) over the {@link Library}, {@link LibraryScans},
 * {@link UserAccounts}, {@link TrackStreams}, {@link TrackTranscodes}, {@link CoverArt} and {@link Readiness} (the
 * health probes) bound elsewhere; every {@code /api} request is signed in by the one {@link CredentialCheck}
 * (also for other entry points of this module), and the web app is served at {@code /}. Does no I/O: the server
 * binds its port only on {@link ApiServer#start()}. Contributes a set of
 * {@link ResponseHeaderHook}s that other modules may add to. When a {@link CacheMonitor} is bound elsewhere, it
 * also serves {@code /api/cache/*} and adds the cache headers to every GET; without one, neither. When a
 * {@link PrometheusMeterRegistry} is bound elsewhere, requests are timed into it and it is served at {@code /metrics};
 * without one, neither.
 */
public final class HttpModule extends AbstractModule {
    private final HttpSettings settings;
    private final AuthSettings auth;
    private final OperationsSettings operations;

    /** @param settings where and how the server listens; signing in with {@link AuthSettings#defaults()} */
    public HttpModule(HttpSettings settings) {
        this(settings, AuthSettings.defaults());
    }

    /**
     * @param settings where and how the server listens
     * @param auth     how long sign-ins are remembered and how failed ones are limited
     */
    public HttpModule(HttpSettings settings, AuthSettings auth) {
        this(settings, auth, OperationsSettings.defaults());
    }

    /**
     * @param settings   where and how the server listens
     * @param auth       how long sign-ins are remembered and how failed ones are limited
     * @param operations the access log, and where {@code /metrics} is served
     */
    public HttpModule(HttpSettings settings, AuthSettings auth, OperationsSettings operations) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.operations = Objects.requireNonNull(operations, "operations");
    }

    @Override
    protected void configure() {
        requireBinding(Library.class);
        requireBinding(Listeners.class);
        requireBinding(PlaylistLibrary.class);
        requireBinding(LibraryScans.class);
        requireBinding(AlbumEnrichment.class);
        requireBinding(EnrichmentJobs.class);
        requireBinding(UserAccounts.class);
        requireBinding(TrackStreams.class);
        requireBinding(CoverArt.class);
        requireBinding(TrackTranscodes.class);
        requireBinding(Scrobbling.class);
        requireBinding(SavedPlayback.class);
        requireBinding(Readiness.class);
        bind(HttpSettings.class).toInstance(settings);
        bind(OperationsSettings.class).toInstance(operations);
        bind(AuthSettings.class).toInstance(auth);
        bind(Accounts.class).to(UserAccounts.class);
        bind(Authentication.class).to(UserAccounts.class);
        bind(UserTokens.class).to(UserAccounts.class);
        bind(SubsonicAccess.class).to(UserAccounts.class);
        bind(CredentialCheck.class).in(Singleton.class);
        bind(AuthenticationStep.class).in(Singleton.class);
        bind(Sessions.class).in(Singleton.class);
        bind(SessionRoutes.class).in(Singleton.class);
        bind(WebApp.class).in(Singleton.class);
        bind(UserRoutes.class).in(Singleton.class);
        bind(TokenRoutes.class).in(Singleton.class);
        bind(ScrobbleRoutes.class).in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), CacheMonitor.class);
        OptionalBinder.newOptionalBinder(binder(), ChangeFollower.class);
        // the process's registry when bootstrap binds one: requests are timed into it and it is served at /metrics
        OptionalBinder.newOptionalBinder(binder(), PrometheusMeterRegistry.class);
        bind(RequestLog.class).in(Singleton.class);
        bind(HealthRoutes.class).in(Singleton.class);
        bind(MetricsRoutes.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), ResponseHeaderHook.class).addBinding().to(CacheHeaders.class);
        bind(CacheHeaders.class).in(Singleton.class);
        bind(CacheRoutes.class).in(Singleton.class);
        bind(CacheEvents.class).in(Singleton.class);
        // the live cache dashboard hears of every change's invalidation (ApplicationModule declares the binding)
        OptionalBinder.newOptionalBinder(binder(), InvalidationListener.class).setBinding().to(CacheEvents.class);
        bind(ApiJson.class).in(Singleton.class);
        bind(TrackJson.class).in(Singleton.class);
        bind(TrackPages.class).in(Singleton.class);
        bind(ApiErrors.class).in(Singleton.class);
        bind(JettyProblemErrorHandler.class).in(Singleton.class);
        bind(ResponseFilters.class).in(Singleton.class);
        bind(TrackQueryRoutes.class).in(Singleton.class);
        bind(TrackCommandRoutes.class).in(Singleton.class);
        bind(StarAndRatingRoutes.class).in(Singleton.class);
        bind(PlaylistRoutes.class).in(Singleton.class);
        bind(GenreRoutes.class).in(Singleton.class);
        bind(AlbumRoutes.class).in(Singleton.class);
        bind(ArtistRoutes.class).in(Singleton.class);
        bind(ScanRoutes.class).in(Singleton.class);
        bind(EnrichmentRoutes.class).in(Singleton.class);
        bind(StreamRoutes.class).in(Singleton.class);
        bind(CoverRoutes.class).in(Singleton.class);
        bind(SubsonicRoutes.class).in(Singleton.class);
        install(new SubsonicModule());
        bind(OpenApiRoutes.class).in(Singleton.class);
        bind(ApiServer.class).to(JavalinApiServer.class).in(Singleton.class);
    }
}
