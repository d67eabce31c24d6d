package io.tonearm.application;

import io.tonearm.domain.Track;
import io.tonearm.domain.TrackAnnotation;

/**
 * The copies of tracks as one listener sees them, made lately, so that a track read again with the same annotation is
 * the same instance: the cache hands out the same track and annotation instances while neither changed, and what is
 * kept per track instance downstream (an answer's JSON and tag) then serves a listener with favorites and plays too.
 * A direct-mapped table of a fixed size: a copy that another one displaced is made again, never a wrong one, as a
 * copy is found only for the very track and annotation instances it was made of.
 */
final class AnnotatedCopies {
    /** Copies kept per listener: a few pages of tracks. */
    static final int SIZE = 256;

    private record Copy(Track track, TrackAnnotation annotation, Track annotated) {
    }

    // racing readers and writers at worst miss a copy: a Copy's fields are final, so one read is never half-made
    private final Copy[] copies = new Copy[SIZE];

    /** @return {@code track} as {@code annotation} shows it; the same instance as last time for the same two */
    Track of(Track track, TrackAnnotation annotation) {
        int slot = (31 * System.identityHashCode(track) + System.identityHashCode(annotation)) & (SIZE - 1);
        Copy copy = copies[slot];
        if (copy != null && copy.track() == track && copy.annotation() == annotation) {
            return copy.annotated();
        }
        Track annotated = track.withAnnotation(annotation);
        if (annotated != track) { // a track the annotation does not change is handed out as it is
            copies[slot] = new Copy(track, annotation, annotated);
        }
        return annotated;
    }
}
