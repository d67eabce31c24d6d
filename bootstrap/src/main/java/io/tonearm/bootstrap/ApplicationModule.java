package io.tonearm.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.multibindings.OptionalBinder;
import io.tonearm.application.CachedQueries;
import io.tonearm.application.Invalidation;
import io.tonearm.application.InvalidationListener;
import io.tonearm.application.Library;
import io.tonearm.application.Listeners;
import io.tonearm.application.PlaylistLibrary;
import io.tonearm.application.StarsAndRatings;
import io.tonearm.application.changelog.ChangeFollower;
import io.tonearm.application.changelog.CoherenceSettings;
import io.tonearm.application.enrichment.AlbumEnrichment;
import io.tonearm.application.enrichment.ArtistEnrichment;
import io.tonearm.application.enrichment.EnrichmentDisabledException;
import io.tonearm.application.enrichment.EnrichmentJobs;
import io.tonearm.application.enrichment.EnrichmentSettings;
import io.tonearm.application.enrichment.MatchWriteBack;
import io.tonearm.application.enrichment.MissingCovers;
import io.tonearm.application.health.Readiness;
import io.tonearm.application.listening.CoverArt;
import io.tonearm.application.listening.SongLyrics;
import io.tonearm.application.listening.TrackStreams;
import io.tonearm.application.listening.TrackTranscodes;
import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.monitoring.MonitorSettings;
import io.tonearm.application.scanning.TagWriteBack;
import io.tonearm.application.playback.SavedPlayback;
import io.tonearm.application.scrobbling.Scrobbling;
import io.tonearm.application.users.UserAccounts;
import io.tonearm.application.users.UserQueries;
import io.tonearm.domain.enrichment.AlbumMatches;
import io.tonearm.domain.enrichment.ArtistCandidate;
import io.tonearm.domain.enrichment.ArtistLookup;
import io.tonearm.domain.enrichment.ArtistMatches;
import io.tonearm.domain.enrichment.CoverArchive;
import io.tonearm.domain.enrichment.FetchedCovers;
import io.tonearm.domain.enrichment.ListenSubmitter;
import io.tonearm.domain.enrichment.MusicBrainzArtist;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.Release;
import io.tonearm.domain.enrichment.ReleaseCandidate;
import io.tonearm.domain.enrichment.ReleaseLookup;
import io.tonearm.domain.enrichment.ReleaseSearch;
import io.tonearm.domain.enrichment.ScrobbleQueue;
import io.tonearm.domain.lyrics.LyricsSource;
import io.tonearm.domain.media.Artwork;
import io.tonearm.domain.media.MediaFiles;
import io.tonearm.domain.media.Transcoder;
import io.tonearm.domain.playback.Bookmarks;
import io.tonearm.domain.playback.NowPlayingBoard;
import io.tonearm.domain.playback.PlayQueues;
import io.tonearm.domain.playlist.Playlists;
import io.tonearm.domain.port.Albums;
import io.tonearm.domain.port.Artists;
import io.tonearm.domain.port.AudioFiles;
import io.tonearm.domain.port.AlbumArtistAnnotations;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.PlayHistory;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.StoreHealth;
import io.tonearm.domain.port.TrackAnnotations;
import io.tonearm.domain.port.TrackFiles;
import io.tonearm.domain.port.Tracks;
import io.tonearm.domain.user.ApiTokens;
import io.tonearm.domain.user.PasswordHasher;
import io.tonearm.domain.user.SubsonicPasswords;
import io.tonearm.domain.user.Users;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Binds the library's use cases over whatever adapters bind the ports. The application module itself knows
 * no Guice, so its one factory is called here. With tag write-back on, the library also writes tag changes
 * into the audio files.
 */
final class ApplicationModule extends AbstractModule {
    /** The change a user's removal is told to the live cache dashboard as. */
    static final String USER_REMOVED = "USER_REMOVED";

    private final Clock clock;
    private final boolean writeTags;
    private final MonitorSettings monitorSettings;
    private final EnrichmentSettings enrichmentSettings;
    private final CoherenceSettings coherenceSettings;
    private final boolean sharedCacheRequired;

    /**
     * @param clock             the clock charts measure their window against (and the cache monitor its alerts)
     * @param writeTags         whether tag changes are also written into the audio files
     * @param monitorSettings   the thresholds of the cache's health
     * @param coherenceSettings how the change log is followed
     */
    ApplicationModule(Clock clock, boolean writeTags, MonitorSettings monitorSettings,
                      CoherenceSettings coherenceSettings) {
        this(clock, writeTags, monitorSettings, coherenceSettings, EnrichmentSettings.DEFAULT);
    }

    /** @param enrichmentSettings how sure an enrichment match must be */
    ApplicationModule(Clock clock, boolean writeTags, MonitorSettings monitorSettings,
                      CoherenceSettings coherenceSettings, EnrichmentSettings enrichmentSettings) {
        this(clock, writeTags, monitorSettings, coherenceSettings, enrichmentSettings, false);
    }

    /** @param sharedCacheRequired whether the process is ready only while the shared cache tier (Redis) works */
    ApplicationModule(Clock clock, boolean writeTags, MonitorSettings monitorSettings,
                      CoherenceSettings coherenceSettings, EnrichmentSettings enrichmentSettings,
                      boolean sharedCacheRequired) {
        this.sharedCacheRequired = sharedCacheRequired;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writeTags = writeTags;
        this.monitorSettings = Objects.requireNonNull(monitorSettings, "monitorSettings");
        this.coherenceSettings = Objects.requireNonNull(coherenceSettings, "coherenceSettings");
        this.enrichmentSettings = Objects.requireNonNull(enrichmentSettings, "enrichmentSettings");
    }

    @Override
    protected void configure() {
        bind(Clock.class).toInstance(clock);
        // MusicBrainz, when enrichment is configured (OutboundModule binds it)
        OptionalBinder.newOptionalBinder(binder(), ReleaseLookup.class);
        OptionalBinder.newOptionalBinder(binder(), ArtistLookup.class);
        // the Cover Art Archive and ListenBrainz, likewise
        OptionalBinder.newOptionalBinder(binder(), CoverArchive.class);
        OptionalBinder.newOptionalBinder(binder(), ListenSubmitter.class);
        // the live cache dashboard's feed of invalidations, when the HTTP API serves one (HttpModule binds it)
        OptionalBinder.newOptionalBinder(binder(), InvalidationListener.class);
    }

    /** Each user's saved play queue and bookmarks, and what everyone plays now. */
    @Provides
    @Singleton
    SavedPlayback savedPlayback(PlayQueues queues, Bookmarks bookmarks, NowPlayingBoard board, Clock clock) {
        return SavedPlayback.create(queues, bookmarks, board, clock);
    }

    /** Each user's ListenBrainz token and scrobble counts; storing a token is refused while no service is set. */
    @Provides
    @Singleton
    Scrobbling scrobbling(ScrobbleQueue queue, Optional<ListenSubmitter> listenBrainz, Clock clock) {
        return listenBrainz.map(service -> Scrobbling.create(queue, service, clock))
                .orElseGet(() -> Scrobbling.disabled(queue, clock));
    }

    /** Matching albums with MusicBrainz releases; without MusicBrainz, every lookup says how to turn it on. */
    @Provides
    @Singleton
    AlbumEnrichment albumEnrichment(Library library, CatalogOnly catalogOnly, Optional<ReleaseLookup> musicBrainz,
                                    AlbumMatches matches, QueryCache cache, Clock clock,
                                    Optional<CoverArchive> coverArtArchive, CoverArt covers, FetchedCovers fetched,
                                    AudioFiles files, TrackFiles trackFiles, ChangeLog changes,
                                    Provider<Optional<InvalidationListener>> invalidations) {
        ReleaseLookup lookup = musicBrainz.orElseGet(() -> new ReleaseLookup() {
            @Override
            public Optional<Release> findRelease(MusicBrainzId id) {
                throw new EnrichmentDisabledException(EnrichmentConfig.NO_CONTACT);
            }

            @Override
            public List<ReleaseCandidate> search(ReleaseSearch search) {
                throw new EnrichmentDisabledException(EnrichmentConfig.NO_CONTACT);
            }
        });
        // matched albums without a cover of their own get the release's front cover, at enrichment.cover-size
        MissingCovers missing = coverArtArchive.map(archive -> MissingCovers.create(covers, fetched, archive,
                enrichmentSettings.coverSize(), clock, library, cache, changes, lazily(invalidations)))
                .orElse(MissingCovers.NONE);
        // the filled-in fields reach the catalog without library.write-tags writing the file a second time
        MatchWriteBack writeBack = enrichmentSettings.writeTags()
                ? MatchWriteBack.create(library, catalogOnly.library(), files, trackFiles) : MatchWriteBack.NONE;
        return AlbumEnrichment.create(library, library, lookup, matches, cache, clock, enrichmentSettings, missing,
                writeBack);
    }

    /**
     * Matching artists with MusicBrainz artists; without MusicBrainz, the matches stored earlier are still read and
     * every lookup says how to turn it on.
     */
    @Provides
    @Singleton
    ArtistEnrichment artistEnrichment(Library library, Optional<ArtistLookup> musicBrainz, ArtistMatches matches,
                                      QueryCache cache, ChangeLog changes, Clock clock) {
        ArtistLookup lookup = musicBrainz.orElseGet(() -> new ArtistLookup() {
            @Override
            public Optional<MusicBrainzArtist> findArtist(MusicBrainzId id) {
                throw new EnrichmentDisabledException(EnrichmentConfig.NO_CONTACT);
            }

            @Override
            public List<ArtistCandidate> searchArtists(String name) {
                throw new EnrichmentDisabledException(EnrichmentConfig.NO_CONTACT);
            }
        });
        return ArtistEnrichment.create(library, lookup, matches, cache, changes, clock, enrichmentSettings);
    }

    /** Enrichment runs in the background, or refusals saying how to turn enrichment on. */
    @Provides
    @Singleton
    EnrichmentJobs enrichmentJobs(AlbumEnrichment enrichment, ArtistEnrichment artists,
                                  Optional<ReleaseLookup> musicBrainz, Clock clock) {
        return musicBrainz.isPresent() ? EnrichmentJobs.create(enrichment, artists, clock)
                : EnrichmentJobs.disabled(EnrichmentConfig.NO_CONTACT);
    }

    /** The library whose changes reach the catalog only, never the audio files. */
    record CatalogOnly(Library library) {
    }

    @Provides
    @Singleton
    CatalogOnly catalogOnly(Tracks tracks, Albums albums, Artists artists, PlayHistory plays, QueryCache cache,
                            Clock clock, ChangeLog changes, Optional<InvalidationListener> invalidations) {
        return new CatalogOnly(Library.create(tracks, albums, artists, plays, cache, changes,
                invalidations.orElse(InvalidationListener.NONE), clock));
    }

    /** The library; with library.write-tags, a tag change is also written into the audio file. */
    @Provides
    @Singleton
    Library library(CatalogOnly catalogOnly, AudioFiles files, TrackFiles trackFiles) {
        return writeTags ? TagWriteBack.enable(catalogOnly.library(), files, trackFiles) : catalogOnly.library();
    }

    /** Each user's view of the library: their favorites and plays, over the shared (maybe tag-writing) library. */
    @Provides
    @Singleton
    Listeners listeners(Library library, TrackAnnotations annotations, PlayHistory plays, QueryCache cache,
                        ChangeLog changes, Clock clock, Optional<InvalidationListener> invalidations) {
        return Listeners.create(library, annotations, plays, cache, changes,
                invalidations.orElse(InvalidationListener.NONE), clock);
    }

    /** Each listener's stars of albums and artists and their ratings, cached per listener, logged for every node. */
    @Provides
    @Singleton
    StarsAndRatings starsAndRatings(Library library, TrackAnnotations tracks, AlbumArtistAnnotations annotations,
                                    QueryCache cache, ChangeLog changes, Clock clock) {
        return StarsAndRatings.create(library, tracks, annotations, cache, changes, clock);
    }

    /** The users' playlists, cached per user and per playlist, every change also in the change log. */
    @Provides
    @Singleton
    PlaylistLibrary playlists(Playlists playlists, Listeners listeners, QueryCache cache, ChangeLog changes,
                              Clock clock, Optional<InvalidationListener> invalidations) {
        return PlaylistLibrary.create(playlists, listeners, cache, changes,
                invalidations.orElse(InvalidationListener.NONE), clock);
    }

    /**
     * Accounts, signing in, tokens and Subsonic passwords; each user's credential state is cached (and dropped on
     * every node, through the change log too). A user's removal takes their plays out of the server's chart and
     * their playlists out of everyone's lists: those queries are dropped with it.
     */
    @Provides
    @Singleton
    UserAccounts userAccounts(Users users, ApiTokens tokens, PasswordHasher hasher, SubsonicPasswords subsonic,
                              QueryCache cache, ChangeLog changes, Clock clock,
                              Provider<Optional<InvalidationListener>> invalidations) {
        return UserAccounts.create(users, tokens, hasher, subsonic, cache, changes, clock, Set.of(
                CachedQueries.CHART.name(), CachedQueries.VISIBLE_PLAYLISTS.name(), CachedQueries.PLAYLIST.name(),
                CachedQueries.PLAYLIST_TRACKS.name()),
                dropped -> lazily(invalidations).invalidated(new Invalidation(USER_REMOVED, dropped, Set.of(),
                        Set.of(UserQueries.CREDENTIALS.name()))));
    }

    /** This process's follower of the change log: what the other processes changed leaves its cache. */
    @Provides
    @Singleton
    ChangeFollower changeFollower(ChangeLog changes, QueryCache cache, Clock clock,
                                  Provider<Optional<InvalidationListener>> invalidations) {
        return ChangeFollower.create(changes, cache, coherenceSettings, lazily(invalidations), clock);
    }

    /** Tracks' files for streams and downloads, found through the (cached) library. */
    @Provides
    @Singleton
    TrackStreams trackStreams(Library library, MediaFiles files) {
        return TrackStreams.create(library, files);
    }

    /** Streams in another format or at a lower bit rate, through ffmpeg. */
    @Provides
    @Singleton
    TrackTranscodes trackTranscodes(Library library, Transcoder transcoder, MediaFiles files) {
        return TrackTranscodes.create(library, transcoder, files);
    }

    /** Lyrics of tracks found through the (cached) library, read from their files on every request. */
    @Provides
    @Singleton
    SongLyrics songLyrics(Library library, LyricsSource source) {
        return SongLyrics.create(library, source);
    }

    /** Cover art of tracks and albums, found through the (cached) library. */
    @Provides
    @Singleton
    CoverArt coverArt(Library library, Artwork artwork, MediaFiles files, FetchedCovers fetched) {
        return CoverArt.create(library, artwork, files, fetched);
    }

    /** Whether the process can serve: the health probe's use case. */
    @Provides
    @Singleton
    Readiness readiness(StoreHealth store, QueryCache cache) {
        return Readiness.create(store, cache, sharedCacheRequired);
    }

    /** The cache's health, statistics per endpoint, and invalidation by hand (served under /api/cache). */
    @Provides
    @Singleton
    CacheMonitor cacheMonitor(QueryCache cache, StoreHealth store, Clock clock) {
        return CacheMonitor.create(cache, store, monitorSettings, clock);
    }

    /**
     * @return a listener that tells the bound one, looked up when told rather than now: the live dashboard that
     *     listens depends on some of the very use cases that tell it
     */
    private static InvalidationListener lazily(Provider<Optional<InvalidationListener>> invalidations) {
        return invalidation -> invalidations.get().ifPresent(listener -> listener.invalidated(invalidation));
    }
}
