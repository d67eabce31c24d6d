package io.tonearm.adapters.http.outbound;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.tonearm.domain.enrichment.ArtistLookup;
import io.tonearm.domain.enrichment.CoverArchive;
import io.tonearm.domain.enrichment.ListenSubmitter;
import io.tonearm.domain.enrichment.ReleaseLookup;
import java.util.Objects;

/**
 * Binds the enrichment ports to MusicBrainz (releases and artists), the Cover Art Archive and ListenBrainz, each under
 * its policy.
 */
public final class OutboundModule extends AbstractModule {
    private final OutboundSettings settings;

    /** @param settings where the services are and how each is called */
    public OutboundModule(OutboundSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** One client for releases and artists: they share MusicBrainz's rate limit and circuit breaker. */
    @Provides
    @Singleton
    MusicBrainzClient musicBrainzClient() {
        return new MusicBrainzClient(new OutboundService("musicbrainz", settings.musicBrainz(),
                settings.musicBrainzPolicy(), settings.userAgent()));
    }

    @Provides
    @Singleton
    ReleaseLookup musicBrainz(MusicBrainzClient client) {
        return client;
    }

    @Provides
    @Singleton
    ArtistLookup musicBrainzArtists(MusicBrainzClient client) {
        return client;
    }

    @Provides
    @Singleton
    CoverArchive coverArtArchive() {
        return new CoverArtArchiveClient(new OutboundService("coverartarchive", settings.coverArt(),
                settings.coverArtPolicy(), settings.userAgent()));
    }

    @Provides
    @Singleton
    ListenSubmitter listenBrainz() {
        return new ListenBrainzClient(new OutboundService("listenbrainz", settings.listenBrainz(),
                settings.listenBrainzPolicy(), settings.userAgent()), settings.version());
    }
}
