package io.tonearm.domain;

/**
 * The ReplayGain a file was tagged with: how much to change its loudness so that tracks (or albums) play equally
 * loud, and the peak that tells how far it can be raised without clipping. Each value is null when the file does
 * not carry it.
 *
 * @param trackGain the gain for this track alone, in dB (negative: play it quieter)
 * @param trackPeak the track's highest sample amplitude, 1.0 being full scale
 * @param albumGain the gain for the track's whole album, in dB
 * @param albumPeak the album's highest sample amplitude, 1.0 being full scale
 */
public record ReplayGain(Double trackGain, Double trackPeak, Double albumGain, Double albumPeak) {
    /** No ReplayGain at all. */
    public static final ReplayGain NONE = new ReplayGain(null, null, null, null);
    /** The largest gain, up or down, in dB, that a file's tags may say: real ones stay within about 30 dB. */
    public static final double MAX_GAIN_DB = 64;
    /** The largest peak: full scale is 1.0, and only clipped floating-point audio goes a little above it. */
    public static final double MAX_PEAK = 16;

    /**
     * @throws InvalidValueException naming every gain beyond ±{@value #MAX_GAIN_DB} dB and every peak outside 0 to
     *     {@value #MAX_PEAK} (NaN included)
     */
    public ReplayGain {
        Violations check = new Violations();
        gain(check, "replayGain.trackGain", trackGain);
        peak(check, "replayGain.trackPeak", trackPeak);
        gain(check, "replayGain.albumGain", albumGain);
        peak(check, "replayGain.albumPeak", albumPeak);
        check.throwIfAny();
    }

    /** @return true if {@code db} is a gain this record takes */
    public static boolean isGain(double db) {
        return db >= -MAX_GAIN_DB && db <= MAX_GAIN_DB;
    }

    /** @return true if {@code amplitude} is a peak this record takes */
    public static boolean isPeak(double amplitude) {
        return amplitude >= 0 && amplitude <= MAX_PEAK;
    }

    /** @return true if no value is known */
    public boolean isNone() {
        return trackGain == null && trackPeak == null && albumGain == null && albumPeak == null;
    }

    private static void gain(Violations check, String field, Double value) {
        if (value != null && !isGain(value)) {
            check.add(field, field + " must be between -" + MAX_GAIN_DB + " and " + MAX_GAIN_DB + " dB but was "
                    + value);
        }
    }

    private static void peak(Violations check, String field, Double value) {
        if (value != null && !isPeak(value)) {
            check.add(field, field + " must be between 0 and " + MAX_PEAK + " but was " + value);
        }
    }
}
