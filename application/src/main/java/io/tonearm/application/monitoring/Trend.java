package io.tonearm.application.monitoring;

/** Which way a metric went over a window of snapshots. */
public enum Trend {
    /** It moved the better way by more than the tolerance. */
    IMPROVING,
    /** It moved the worse way by more than the tolerance. */
    DEGRADING,
    /** It stayed within the tolerance, or the window holds fewer than two snapshots with a value. */
    STABLE
}
