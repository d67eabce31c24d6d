package io.tonearm.domain.media;

import io.tonearm.domain.InvalidValueException;
import java.util.Objects;

/**
 * What a listener asks of a stream: a format, and a bit rate not to exceed.
 *
 * @param format     the format wanted
 * @param maxBitRate the highest bit rate in kbit/s ({@value #MIN_BIT_RATE} to {@value #MAX_BIT_RATE}), or 0 for
 *                   the format's default
 */
public record TranscodeRequest(TranscodeFormat format, int maxBitRate) {
    /** The lowest bit rate that can be asked for, in kbit/s. */
    public static final int MIN_BIT_RATE = 32;
    /** The highest bit rate that can be asked for, in kbit/s. */
    public static final int MAX_BIT_RATE = 320;

    /** @throws InvalidValueException naming {@code maxBitRate} if it is out of range */
    public TranscodeRequest {
        Objects.requireNonNull(format, "format");
        if (maxBitRate != 0 && (maxBitRate < MIN_BIT_RATE || maxBitRate > MAX_BIT_RATE)) {
            throw new InvalidValueException("maxBitRate", "maxBitRate must be " + MIN_BIT_RATE + " to " + MAX_BIT_RATE
                    + " (kbit/s) but was " + maxBitRate);
        }
    }

    /** @return the bit rate to transcode at: the format's default, lowered to the maximum asked for */
    public int bitRate() {
        return maxBitRate == 0 ? format.defaultBitRate() : Math.min(maxBitRate, format.defaultBitRate());
    }

    /**
     * @param fileExtension the original file's extension, such as {@code mp3}
     * @param bitRate       the original's bit rate in kbit/s, or null if unknown
     * @return true if the original already is of the format asked, at a bit rate known not to exceed the maximum
     *     asked (none asked: any), so it is sent untouched
     */
    public boolean isMetBy(String fileExtension, Integer bitRate) {
        boolean sameFormat = format.extension().equalsIgnoreCase(fileExtension);
        return sameFormat && (maxBitRate == 0 || bitRate != null && bitRate <= maxBitRate);
    }
}
