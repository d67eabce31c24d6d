package io.tonearm.adapters.http;

import io.tonearm.domain.ChartEntry;

/** A line of a chart: how often the track was played within the window, and the track. */
record ChartEntryResponse(long plays, TrackResponse track) {

    static ChartEntryResponse of(ChartEntry entry) {
        return new ChartEntryResponse(entry.plays(), TrackResponse.of(entry.track()));
    }
}
