package io.tonearm.adapters.persistence;

import io.tonearm.domain.TrackAnnotation;
import io.tonearm.domain.TrackId;
import java.time.Instant;

/** One row of {@code track_annotations}, as MyBatis fills it. */
final class AnnotationRow {
    long trackId;
    boolean favorite;
    Instant starredAt;
    long playCount;
    Instant lastPlayedAt;
    int rating;

    TrackId track() {
        return TrackId.of(trackId);
    }

    TrackAnnotation annotation() {
        return new TrackAnnotation(favorite, starredAt, playCount, lastPlayedAt, rating);
    }
}
