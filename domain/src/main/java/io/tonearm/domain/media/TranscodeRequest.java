package io.tonearm.domain.media;

import io.tonearm.domain.InvalidValueException;
import java.time.Duration;
import java.util.Objects;

/**
 * What a listener asks of a stream: a format, a bit rate not to exceed, and where in the track to start.
 *
 * @param format     the format wanted
 * @param maxBitRate the highest bit rate in kbit/s ({@value #MIN_BIT_RATE} to {@value #MAX_BIT_RATE}), or 0 for
 *                   the format's default
 * @param offset     where in the track the transcode starts (zero: at its start); past its end the transcode is
 *                   empty
 */
public record TranscodeRequest(TranscodeFormat format, int maxBitRate, Duration offset) {
    /** The lowest bit rate that can be asked for, in kbit/s. */
    public static final int MIN_BIT_RATE = 32;
    /** The highest bit rate that can be asked for, in kbit/s. */
    public static final int MAX_BIT_RATE = 320;

    /**
     * @throws InvalidValueException naming {@code maxBitRate} if it is out of range, or {@code offset} if it is
     *     negative
     */
    public TranscodeRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(offset, "offset");
        if (maxBitRate != 0 && (maxBitRate < MIN_BIT_RATE || maxBitRate > MAX_BIT_RATE)) {
            throw new InvalidValueException("maxBitRate", "maxBitRate must be " + MIN_BIT_RATE + " to " + MAX_BIT_RATE
                    + " (kbit/s) but was " + maxBitRate);
        }
        if (offset.isNegative()) {
            throw new InvalidValueException("offset", "offset must not be negative but was " + offset);
        }
    }

    /**
     * A request from the track's start.
     *
     * @throws InvalidValueException naming {@code maxBitRate} if it is out of range
     */
    public TranscodeRequest(TranscodeFormat format, int maxBitRate) {
        this(format, maxBitRate, Duration.ZERO);
    }

    /** @return the bit rate to transcode at: the format's default, lowered to the maximum asked for */
    public int bitRate() {
        return maxBitRate == 0 ? format.defaultBitRate() : Math.min(maxBitRate, format.defaultBitRate());
    }

    /**
     * @param fileExtension the original file's extension, such as {@code mp3}
     * @param bitRate       the original's bit rate in kbit/s, or null if unknown
     * @return true if the original already is of the format asked, at a bit rate known not to exceed the maximum
     *     asked (none asked: any), and the request starts at the track's start, so it is sent untouched
     */
    public boolean isMetBy(String fileExtension, Integer bitRate) {
        boolean sameFormat = format.extension().equalsIgnoreCase(fileExtension);
        return offset.isZero() && sameFormat && (maxBitRate == 0 || bitRate != null && bitRate <= maxBitRate);
    }
}
