package io.tonearm.domain.media;

import java.util.Locale;
import java.util.Map;

/** The media types of audio files, by file name extension. */
public final class AudioMediaTypes {
    /** The type of a file whose extension names no known audio format. */
    public static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("flac", "audio/flac"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("oga", "audio/ogg"),
            Map.entry("opus", "audio/opus"),
            Map.entry("m4a", "audio/mp4"),
            Map.entry("m4b", "audio/mp4"),
            Map.entry("mp4", "audio/mp4"),
            Map.entry("aac", "audio/aac"),
            Map.entry("wav", "audio/wav"),
            Map.entry("aif", "audio/aiff"),
            Map.entry("aiff", "audio/aiff"),
            Map.entry("wma", "audio/x-ms-wma"),
            Map.entry("ape", "audio/ape"),
            Map.entry("wv", "audio/wavpack"),
            Map.entry("dsf", "audio/dsf"));

    private AudioMediaTypes() {
    }

    /**
     * @param fileName a file name such as {@code "01 Song.FLAC"}
     * @return its media type, such as {@code audio/flac}, or {@link #UNKNOWN}
     */
    public static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return UNKNOWN;
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), UNKNOWN);
    }
}
