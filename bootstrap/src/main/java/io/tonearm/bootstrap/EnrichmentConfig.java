package io.tonearm.bootstrap;

import io.tonearm.adapters.http.outbound.OutboundPolicy;
import io.tonearm.adapters.http.outbound.OutboundSettings;
import io.tonearm.application.enrichment.EnrichmentSettings;
import io.tonearm.domain.enrichment.CoverSize;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code enrichment} section: who to say is calling, where MusicBrainz, the Cover Art Archive and ListenBrainz
 * are, how each is called (docs/enrichment.md), how sure a match must be, the size of the covers fetched and whether
 * matches are written into the audio files.
 *
 * @param contact   a URL or e-mail address where the services can reach the operator, or null: enrichment off
 * @param coverSize the longer side of the covers fetched, in pixels: one of the Cover Art Archive's sizes
 * @param writeTags whether a match is also written into the album's files
 */
record EnrichmentConfig(String contact, Service musicBrainz, Service coverArt, Service listenBrainz,
                        Duration baseDelay, double factor, Duration maxDelay, int maxAttempts, Duration maxTotal,
                        Duration connectTimeout, Duration readTimeout, int breakerFailures, Duration breakerDelay,
                        int matchScore, int candidateScore, int coverSize, boolean writeTags) {

    /** Why enrichment is off without a contact, and how to turn it on. */
    static final String NO_CONTACT = "enrichment is off: set enrichment.contact (TONEARM_ENRICHMENT_CONTACT) to a URL "
            + "or e-mail address where MusicBrainz can reach you; MusicBrainz asks every client for one";

    /**
     * One remote service.
     *
     * @param url               its base address
     * @param requestsPerSecond its rate limit
     */
    record Service(String url, double requestsPerSecond) {
    }

    /** @throws InvalidConfigurationException naming every bad setting */
    EnrichmentConfig {
        ConfigProblems problems = new ConfigProblems();
        problems.require(contact == null || !contact.isBlank(), () -> "enrichment.contact must not be blank");
        check(problems, "musicbrainz", musicBrainz);
        check(problems, "coverart", coverArt);
        check(problems, "listenbrainz", listenBrainz);
        if (Stream.of(baseDelay, maxDelay, maxTotal, connectTimeout, readTimeout, breakerDelay)
                .allMatch(Objects::nonNull)) {
            try {
                new OutboundPolicy(1, baseDelay, factor, maxDelay, maxAttempts, maxTotal, connectTimeout, readTimeout,
                        breakerFailures, breakerDelay);
            } catch (IllegalArgumentException e) {
                problems.require(false, () -> "enrichment: " + e.getMessage());
            }
        }
        try {
            new EnrichmentSettings(matchScore, candidateScore);
        } catch (IllegalArgumentException e) {
            problems.require(false, () -> e.getMessage() + " (enrichment.match-score, enrichment.candidate-score)");
        }
        problems.require(coverSize(coverSize).isPresent(), () -> "enrichment.cover-size must be one of the Cover Art "
                + "Archive's sizes " + Arrays.stream(CoverSize.values()).map(size -> String.valueOf(size.pixels()))
                .collect(Collectors.joining(", ")) + " but was " + coverSize);
        problems.throwIfAny();
    }

    /** Records what is wrong with one service's settings (a service that could not be read is named already). */
    private static void check(ConfigProblems problems, String name, Service service) {
        if (service == null) {
            return;
        }
        problems.require(uri(service.url()) != null,
                () -> "enrichment." + name + ".url must be an http(s) URL but was " + service.url());
        problems.require(service.requestsPerSecond() > 0, () -> "enrichment." + name
                + ".requests-per-second must be positive but was " + service.requestsPerSecond());
    }

    private static URI uri(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private OutboundPolicy policy(double requestsPerSecond) {
        return new OutboundPolicy(requestsPerSecond, baseDelay, factor, maxDelay, maxAttempts, maxTotal,
                connectTimeout, readTimeout, breakerFailures, breakerDelay);
    }

    /** @return how the outbound clients call the services, when a contact is set */
    Optional<OutboundSettings> outbound(String version) {
        return Optional.ofNullable(contact).map(who -> new OutboundSettings(OutboundSettings.userAgent(version, who),
                uri(musicBrainz.url()), uri(coverArt.url()), uri(listenBrainz.url()),
                policy(musicBrainz.requestsPerSecond()), policy(coverArt.requestsPerSecond()),
                policy(listenBrainz.requestsPerSecond()), version));
    }

    private static Optional<CoverSize> coverSize(int pixels) {
        return Arrays.stream(CoverSize.values()).filter(size -> size.pixels() == pixels).findFirst();
    }

    /** @return how sure a match must be, the size of the covers and whether matches are written into the files */
    EnrichmentSettings settings() {
        return new EnrichmentSettings(matchScore, candidateScore, coverSize(coverSize).orElseThrow(), writeTags);
    }
}
