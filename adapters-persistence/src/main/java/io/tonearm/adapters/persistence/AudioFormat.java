package io.tonearm.adapters.persistence;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The kinds of audio file Tonearm reads, by file name extension. Any other file is not audio to us. */
enum AudioFormat {
    MP3("MP3"),
    FLAC("FLAC"),
    OGG_VORBIS("Ogg Vorbis"),
    OPUS("Opus"),
    MP4("AAC"),
    WAV("WAV"),
    AIFF("AIFF"),
    WMA("WMA"),
    DSF("DSF");

    private static final Map<String, AudioFormat> BY_EXTENSION = Map.ofEntries(
            Map.entry("mp3", MP3),
            Map.entry("flac", FLAC),
            Map.entry("ogg", OGG_VORBIS),
            Map.entry("oga", OGG_VORBIS),
            Map.entry("opus", OPUS),
            Map.entry("m4a", MP4),
            Map.entry("m4b", MP4),
            Map.entry("mp4", MP4),
            Map.entry("wav", WAV),
            Map.entry("aif", AIFF),
            Map.entry("aiff", AIFF),
            Map.entry("aifc", AIFF),
            Map.entry("wma", WMA),
            Map.entry("dsf", DSF));

    private final String displayName;

    AudioFormat(String displayName) {
        this.displayName = displayName;
    }

    /** @return the name the catalog stores (an MP4 file may still turn out to hold ALAC rather than AAC) */
    String displayName() {
        return displayName;
    }

    /** @return the format for this file name, or empty when the file is not one Tonearm reads */
    static Optional<AudioFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1 || fileName.startsWith("._")
                || fileName.startsWith(TagWriter.TEMP_PREFIX)) {
            // no extension, a dot file, a macOS AppleDouble companion ("._song.mp3"), which holds no audio, or
            // a copy being written by tag write-back
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** @return the file name without its extension */
    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }
}
