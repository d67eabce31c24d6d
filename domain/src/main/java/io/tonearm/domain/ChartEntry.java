package io.tonearm.domain;

/**
 * A line of a chart: a track and how many times it was played within the chart's window.
 *
 * @param track the track
 * @param plays the number of plays in the window
 */
public record ChartEntry(Track track, long plays) {
    public ChartEntry {
        Check.notNull("track", track);
        Check.atLeast("plays", plays, 0);
    }
}
