package io.tonearm.domain.enrichment;

import java.time.Instant;
import java.util.Objects;

/**
 * One play as a listening service records it.
 *
 * @param listenedAt when the play started; a service keeps one listen per track and time
 * @param artist     the track's artist as tagged
 * @param title      the track's title
 * @param release    the album title, or null
 * @param durationMs the track's length in milliseconds, or 0 when unknown
 */
public record Listen(Instant listenedAt, String artist, String title, String release, long durationMs) {
    public Listen {
        Objects.requireNonNull(listenedAt, "listenedAt");
        Objects.requireNonNull(artist, "artist");
        Objects.requireNonNull(title, "title");
        if (durationMs < 0) {
            throw new IllegalArgumentException("durationMs must be >= 0 but was " + durationMs);
        }
    }
}
