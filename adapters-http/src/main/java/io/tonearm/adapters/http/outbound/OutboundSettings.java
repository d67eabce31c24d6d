package io.tonearm.adapters.http.outbound;

import java.net.URI;
import java.util.Objects;

/**
 * Where the remote services are and how each is called.
 *
 * @param userAgent    the {@code User-Agent} of every request, {@code Tonearm/<version> ( <contact> )}
 * @param musicBrainz  MusicBrainz's base address (the client adds {@code /ws/2/...})
 * @param coverArt     the Cover Art Archive's base address
 * @param listenBrainz ListenBrainz's API base address
 * @param musicBrainzPolicy  how MusicBrainz is called (its rate limit is 1 request per second)
 * @param coverArtPolicy     how the Cover Art Archive is called
 * @param listenBrainzPolicy how ListenBrainz is called
 * @param version      Tonearm's version, sent to ListenBrainz as the submitting client's
 */
public record OutboundSettings(String userAgent, URI musicBrainz, URI coverArt, URI listenBrainz,
                               OutboundPolicy musicBrainzPolicy, OutboundPolicy coverArtPolicy,
                               OutboundPolicy listenBrainzPolicy, String version) {
    public OutboundSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(musicBrainz, "musicBrainz");
        Objects.requireNonNull(coverArt, "coverArt");
        Objects.requireNonNull(listenBrainz, "listenBrainz");
        Objects.requireNonNull(musicBrainzPolicy, "musicBrainzPolicy");
        Objects.requireNonNull(coverArtPolicy, "coverArtPolicy");
        Objects.requireNonNull(listenBrainzPolicy, "listenBrainzPolicy");
        Objects.requireNonNull(version, "version");
    }

    /**
     * @param version Tonearm's version
     * @param contact a URL or e-mail address where the services can reach the operator
     * @return the User-Agent that MusicBrainz asks for
     */
    public static String userAgent(String version, String contact) {
        return "Tonearm/" + version + " ( " + contact + " )";
    }
}
