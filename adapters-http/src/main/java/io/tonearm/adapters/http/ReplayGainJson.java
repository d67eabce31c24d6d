package io.tonearm.adapters.http;

import io.tonearm.domain.ReplayGain;

/** The ReplayGain of a track in responses: only the values its file carries (unknown ones are left out). */
record ReplayGainJson(Double trackGain, Double trackPeak, Double albumGain, Double albumPeak) {

    /** @return the values, or null (left out) when the track carries none */
    static ReplayGainJson of(ReplayGain gain) {
        if (gain == null || gain.isNone()) {
            return null;
        }
        return new ReplayGainJson(gain.trackGain(), gain.trackPeak(), gain.albumGain(), gain.albumPeak());
    }
}
