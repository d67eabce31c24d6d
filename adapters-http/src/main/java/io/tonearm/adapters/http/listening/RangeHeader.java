package io.tonearm.adapters.http.listening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a {@code Range} header (RFC 9110, section 14) against a representation's size. A header that is not a
 * valid {@code bytes} range set is ignored, as the RFC allows: the whole representation is sent.
 */
final class RangeHeader {
    /** More ranges than this in one header are not worth reading: the whole file is sent. */
    static final int MAX_RANGES = 16;

    /** What a Range header asks of a representation. */
    sealed interface Outcome permits Whole, Single, Unsatisfiable {
    }

    /** Send the whole representation (no header, an invalid one, or several ranges). */
    record Whole() implements Outcome {
    }

    /** Send this one range with 206. */
    record Single(ByteRange range) implements Outcome {
    }

    /** Answer 416: no range overlaps the representation. */
    record Unsatisfiable() implements Outcome {
    }

    private static final Whole WHOLE = new Whole();

    private RangeHeader() {
    }

    /**
     * @param header the Range header's value, or null
     * @param size   the representation's size in bytes
     */
    static Outcome evaluate(String header, long size) {
        if (header == null) {
            return WHOLE;
        }
        String value = header.strip();
        if (!value.toLowerCase(Locale.ROOT).startsWith("bytes=")) {
            return WHOLE;
        }
        String[] specs = value.substring("bytes=".length()).split(",", -1);
        if (specs.length > MAX_RANGES) {
            return WHOLE;
        }
        List<ByteRange> satisfiable = new ArrayList<>(1);
        for (String spec : specs) {
            long[] bounds = parse(spec.strip());
            if (bounds == null) {
                return WHOLE; // one invalid spec makes the whole header invalid
            }
            ByteRange range = resolve(bounds[0], bounds[1], size);
            if (range != null) {
                satisfiable.add(range);
            }
        }
        if (satisfiable.isEmpty()) {
            return new Unsatisfiable();
        }
        // several ranges: the RFC lets a server send the whole representation instead of multipart/byteranges
        return specs.length == 1 ? new Single(satisfiable.get(0)) : WHOLE;
    }

    /** @return {first, last} with -1 for an absent bound, or null if the spec is not valid */
    private static long[] parse(String spec) {
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        String first = spec.substring(0, dash).strip();
        String last = spec.substring(dash + 1).strip();
        if (first.isEmpty() && last.isEmpty()) {
            return null;
        }
        long from = first.isEmpty() ? -1 : number(first);
        long to = last.isEmpty() ? -1 : number(last);
        if ((!first.isEmpty() && from < 0) || (!last.isEmpty() && to < 0)) {
            return null;
        }
        if (from >= 0 && to >= 0 && to < from) {
            return null;
        }
        return new long[] {from, to};
    }

    private static ByteRange resolve(long from, long to, long size) {
        if (from < 0) { // suffix: the last `to` bytes
            if (to == 0 || size == 0) {
                return null;
            }
            return new ByteRange(Math.max(0, size - to), size - 1, size);
        }
        if (from >= size) {
            return null;
        }
        return new ByteRange(from, to < 0 ? size - 1 : Math.min(to, size - 1), size);
    }

    /** @return the digits' value, or -1 if they are not all digits or too large */
    private static long number(String digits) {
        if (digits.length() > 18) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(digits);
    }
}
