package io.tonearm.adapters.persistence;

import io.tonearm.domain.TitleAndArtist;
import java.util.List;
import java.util.Map;

/**
 * Writes lists as JSON arrays, to bind many values as ONE parameter that {@code JSON_TABLE} turns into rows.
 * Bulk lookups and inserts then cost one short statement instead of one with thousands of placeholders
 * (which MyBatis and the server both parse slowly).
 */
final class Json {
    /** Values per JSON parameter: big enough to amortize a statement, far below max_allowed_packet. */
    static final int CHUNK = 2_000;

    private Json() {
    }

    /** @return {@code ["a","b"]} */
    static String strings(List<String> values) {
        StringBuilder json = new StringBuilder(values.size() * 24).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            string(json, values.get(i));
        }
        return json.append(']').toString();
    }

    /** @return {@code [[1,"a"],[2,"b"]]} */
    static String albumKeys(List<AlbumKey> keys) {
        StringBuilder json = new StringBuilder(keys.size() * 32).append('[');
        for (int i = 0; i < keys.size(); i++) {
            json.append(i > 0 ? ",[" : "[").append(keys.get(i).artistId()).append(',');
            string(json, keys.get(i).title());
            json.append(']');
        }
        return json.append(']').toString();
    }

    /** @return {@code [["word",1],["other",1]]} */
    static String terms(List<TermRow> terms) {
        StringBuilder json = new StringBuilder(terms.size() * 24).append('[');
        for (int i = 0; i < terms.size(); i++) {
            json.append(i > 0 ? ",[" : "[");
            string(json, terms.get(i).term());
            json.append(',').append(terms.get(i).ownerId()).append(']');
        }
        return json.append(']').toString();
    }

    /** @return {@code [["a","b"],["c","d"]]} */
    static String stringPairs(List<Map.Entry<String, String>> pairs) {
        StringBuilder json = new StringBuilder(pairs.size() * 64).append('[');
        for (int i = 0; i < pairs.size(); i++) {
            json.append(i > 0 ? ",[" : "[");
            string(json, pairs.get(i).getKey());
            json.append(',');
            string(json, pairs.get(i).getValue());
            json.append(']');
        }
        return json.append(']').toString();
    }

    /** @return {@code [["title","artist"],...]} */
    static String titleArtistPairs(List<TitleAndArtist> pairs) {
        return stringPairs(pairs.stream().map(pair -> Map.entry(pair.title(), pair.artist())).toList());
    }

    private static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
