package io.tonearm.domain;

/**
 * How many times a track was played within a chart's window.
 *
 * @param trackId the track
 * @param plays   the number of plays in the window
 */
public record TrackPlays(TrackId trackId, long plays) {
    public TrackPlays {
        Check.notNull("trackId", trackId);
        Check.atLeast("plays", plays, 0);
    }
}
