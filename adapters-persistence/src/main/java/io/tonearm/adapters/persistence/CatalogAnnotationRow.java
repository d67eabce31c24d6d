package io.tonearm.adapters.persistence;

import io.tonearm.domain.CatalogAnnotation;
import java.time.Instant;

/** One row of {@code album_annotations} or {@code artist_annotations}, as MyBatis fills it. */
final class CatalogAnnotationRow {
    long id;
    Instant starredAt;
    int rating;

    CatalogAnnotation annotation() {
        return new CatalogAnnotation(starredAt, rating);
    }
}
