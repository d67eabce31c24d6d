package io.tonearm.adapters.persistence;

import io.tonearm.domain.port.CacheInvalidation;
import io.tonearm.domain.port.CacheInvalidation.EntryDrop;
import io.tonearm.domain.port.CacheInvalidation.PartitionDrop;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.CachePartition;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/**
 * The compact text a change log row stores: {@code *} for everything, otherwise one line per part, sorted —
 * {@code q <query>}, {@code p <query> <partition>}, {@code e <query> <key>} and, for an entry of one partition,
 * {@code E <query> <partition> <key>}. Query and partition names hold no space; a key is the rest of its line,
 * with backslashes and line breaks escaped.
 */
final class ChangePayload {
    static final String EVERYTHING = "*";

    private ChangePayload() {
    }

    static String encode(CacheInvalidation invalidation) {
        if (invalidation.everything()) {
            return EVERYTHING;
        }
        StringBuilder text = new StringBuilder(64);
        invalidation.queries().stream().sorted().forEach(query -> line(text).append("q ").append(query));
        invalidation.partitions().stream()
                .sorted(Comparator.comparing(PartitionDrop::query).thenComparing(drop -> drop.partition().name()))
                .forEach(drop -> line(text).append("p ").append(drop.query()).append(' ')
                        .append(drop.partition().name()));
        invalidation.entries().stream()
                .sorted(Comparator.comparing(EntryDrop::query)
                        .thenComparing(drop -> drop.partition() == null ? "" : drop.partition().name())
                        .thenComparing(drop -> drop.key().value()))
                .forEach(drop -> {
                    if (drop.partition() == null) {
                        line(text).append("e ").append(drop.query());
                    } else {
                        line(text).append("E ").append(drop.query()).append(' ').append(drop.partition().name());
                    }
                    text.append(' ').append(escape(drop.key().value()));
                });
        return text.toString();
    }

    /** @throws IllegalArgumentException if the text is not a payload */
    static CacheInvalidation decode(String payload) {
        if (EVERYTHING.equals(payload)) {
            return CacheInvalidation.EVERYTHING;
        }
        Set<String> queries = new HashSet<>();
        Set<PartitionDrop> partitions = new HashSet<>();
        Set<EntryDrop> entries = new HashSet<>();
        for (String line : payload.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() < 3 || line.charAt(1) != ' ') {
                throw new IllegalArgumentException("not a change log line: " + line);
            }
            String rest = line.substring(2);
            int space = rest.indexOf(' ');
            switch (line.charAt(0)) {
                case 'q' -> queries.add(rest);
                case 'p' -> partitions.add(new PartitionDrop(rest.substring(0, space),
                        CachePartition.of(rest.substring(space + 1))));
                case 'e' -> entries.add(new EntryDrop(rest.substring(0, space),
                        new CacheKey(unescape(rest.substring(space + 1)))));
                case 'E' -> {
                    int second = rest.indexOf(' ', space + 1);
                    if (second < 0) {
                        throw new IllegalArgumentException("not a change log line: " + line);
                    }
                    entries.add(new EntryDrop(rest.substring(0, space),
                            CachePartition.of(rest.substring(space + 1, second)),
                            new CacheKey(unescape(rest.substring(second + 1)))));
                }
                default -> throw new IllegalArgumentException("not a change log line: " + line);
            }
        }
        return new CacheInvalidation(false, queries, partitions, entries);
    }

    private static StringBuilder line(StringBuilder text) {
        return text.isEmpty() ? text : text.append('\n');
    }

    private static String escape(String key) {
        return key.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\\' && i + 1 < key.length()) {
                char next = key.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
