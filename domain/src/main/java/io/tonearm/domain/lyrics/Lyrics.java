package io.tonearm.domain.lyrics;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A track's lyrics.
 *
 * @param lang   the language as an ISO 639 code, or {@value #UNKNOWN_LANGUAGE} when unknown
 * @param synced whether every line has its start time
 * @param offset how much to shift every start time (LRC's {@code [offset:]}: positive shows the lines earlier), zero
 *               for none
 * @param lines  the lines in order
 */
public record Lyrics(String lang, boolean synced, Duration offset, List<LyricLine> lines) {
    /** The language of lyrics whose language is not known (ISO 639-2 "undetermined" as OpenSubsonic writes it). */
    public static final String UNKNOWN_LANGUAGE = "xxx";

    /** @throws IllegalArgumentException if synced lyrics have a line without a time */
    public Lyrics {
        lang = lang == null || lang.isBlank() ? UNKNOWN_LANGUAGE : lang.strip();
        Objects.requireNonNull(offset, "offset");
        lines = List.copyOf(lines);
        if (synced && lines.stream().anyMatch(line -> line.start() == null)) {
            throw new IllegalArgumentException("synced lyrics have a start time on every line");
        }
    }

    /** @return unsynced lyrics of unknown language, one line per line of the text */
    public static Lyrics plain(List<String> lines) {
        return new Lyrics(UNKNOWN_LANGUAGE, false, Duration.ZERO, lines.stream().map(LyricLine::unsynced).toList());
    }

    /** @return the text alone: the lines' values, one per line, without times */
    public String text() {
        return lines.stream().map(LyricLine::value).collect(Collectors.joining("\n"));
    }
}
