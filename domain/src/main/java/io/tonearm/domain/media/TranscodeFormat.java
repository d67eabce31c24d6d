package io.tonearm.domain.media;

import io.tonearm.domain.InvalidValueException;
import java.util.Locale;

/** The formats a track can be transcoded to, each with its media type, file extension and default bit rate. */
public enum TranscodeFormat {
    /** MPEG-1 Layer III (LAME). */
    MP3("audio/mpeg", "mp3", 192),
    /** Opus in Ogg. */
    OPUS("audio/ogg", "opus", 128),
    /** AAC-LC in ADTS frames. */
    AAC("audio/aac", "aac", 160);

    private final String mediaType;
    private final String extension;
    private final int defaultBitRate;

    TranscodeFormat(String mediaType, String extension, int defaultBitRate) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.defaultBitRate = defaultBitRate;
    }

    /** @return the media type of the transcoded bytes */
    public String mediaType() {
        return mediaType;
    }

    /** @return the file extension, which is also the {@code format} parameter's value */
    public String extension() {
        return extension;
    }

    /** @return the bit rate in kbit/s used when none is asked for */
    public int defaultBitRate() {
        return defaultBitRate;
    }

    /**
     * @param name {@code mp3}, {@code opus} or {@code aac}, in any case
     * @throws InvalidValueException naming {@code format} for any other name
     */
    public static TranscodeFormat of(String name) {
        for (TranscodeFormat format : values()) {
            if (format.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new InvalidValueException("format", "format must be mp3, opus or aac but was '" + name + "'");
    }
}
