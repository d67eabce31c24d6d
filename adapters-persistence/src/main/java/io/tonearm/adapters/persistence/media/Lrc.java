package io.tonearm.adapters.persistence.media;

import io.tonearm.domain.lyrics.LyricLine;
import io.tonearm.domain.lyrics.Lyrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lyrics text: LRC ({@code [mm:ss.xx]text}, several times on one line for a line sung more than once, the
 * {@code [offset:ms]} and {@code [la:]}/{@code [lang:]} tags, enhanced LRC's word times {@code <mm:ss.xx>} dropped)
 * as synced lyrics, any other text as unsynced lines. In a text with timed lines, a line without a time (garbage, a
 * comment) is left out; other tags ({@code [ar:]}, {@code [ti:]}, ...) are left out everywhere.
 */
final class Lrc {
    private static final Pattern TIME = Pattern.compile("\\[(\\d{1,3}):(\\d{1,2})(?:[.:](\\d{1,3}))?]");
    private static final Pattern TAG = Pattern.compile("\\[([A-Za-z#]+):([^\\]]*)]\\s*");
    private static final Pattern WORD_TIME = Pattern.compile("<\\d{1,3}:\\d{1,2}(?:[.:]\\d{1,3})?>");

    private Lrc() {
    }

    /** @return the lyrics of the text, or empty when it holds no line of text */
    static Optional<Lyrics> parse(String text) {
        String lang = null;
        Duration offset = Duration.ZERO;
        List<LyricLine> timed = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String raw : text.replace("\uFEFF", "").split("\r\n|\r|\n", -1)) {
            String line = raw.strip();
            Matcher tag = TAG.matcher(line);
            if (tag.matches()) {
                String name = tag.group(1).toLowerCase(Locale.ROOT);
                String value = tag.group(2).strip();
                if (name.equals("offset")) {
                    offset = offset(value);
                } else if (name.equals("la") || name.equals("lang") || name.equals("language")) {
                    lang = value;
                }
                continue;
            }
            List<Duration> starts = new ArrayList<>();
            Matcher time = TIME.matcher(line);
            int end = 0;
            while (time.find() && time.start() == end) {
                starts.add(start(time));
                end = time.end();
            }
            if (starts.isEmpty()) {
                plain.add(line);
            } else {
                String value = WORD_TIME.matcher(line.substring(end)).replaceAll("").strip();
                starts.forEach(start -> timed.add(new LyricLine(start, value)));
            }
        }
        if (!timed.isEmpty()) {
            timed.sort(Comparator.comparing(LyricLine::start)); // stable: a time's lines keep their order
            return Optional.of(new Lyrics(lang, true, offset, timed));
        }
        int first = 0;
        int last = plain.size();
        while (first < last && plain.get(first).isEmpty()) {
            first++;
        }
        while (last > first && plain.get(last - 1).isEmpty()) {
            last--;
        }
        if (first == last) {
            return Optional.empty();
        }
        return Optional.of(new Lyrics(lang, false, Duration.ZERO, plain.subList(first, last).stream()
                .map(LyricLine::unsynced).toList()));
    }

    private static Duration start(Matcher time) {
        long millis = (Long.parseLong(time.group(1)) * 60 + Long.parseLong(time.group(2))) * 1000;
        String fraction = time.group(3);
        if (fraction != null) {
            // .5 is half a second, .05 five hundredths, .005 five thousandths
            millis += Long.parseLong(fraction) * (fraction.length() == 1 ? 100 : fraction.length() == 2 ? 10 : 1);
        }
        return Duration.ofMillis(millis);
    }

    /** @return the {@code [offset:]} in milliseconds ({@code +250}, {@code -100}), zero when it is no number */
    private static Duration offset(String value) {
        try {
            return Duration.ofMillis(Long.parseLong(value.startsWith("+") ? value.substring(1) : value));
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }
}
