package io.tonearm.adapters.http.listening;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The conditional headers of RFC 9110 (section 13) against a representation's strong entity tag and
 * modification time: what answers 304, and whether an {@code If-Range} still names the current bytes.
 */
final class Validators {
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final String etag;
    private final Instant lastModified;

    /**
     * @param etag         the strong entity tag, quoted
     * @param lastModified the modification time (kept to the second, as HTTP dates are)
     */
    Validators(String etag, Instant lastModified) {
        this.etag = etag;
        this.lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
    }

    String etag() {
        return etag;
    }

    /** @return the {@code Last-Modified} value */
    String lastModified() {
        return HTTP_DATE.format(lastModified);
    }

    /**
     * @param ifNoneMatch     the If-None-Match value, or null
     * @param ifModifiedSince the If-Modified-Since value, or null (ignored when If-None-Match is given)
     * @return true if a GET or HEAD is answered 304 Not Modified
     */
    boolean notModified(String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            return matchesAny(ifNoneMatch);
        }
        if (ifModifiedSince == null) {
            return false;
        }
        Instant since = parseDate(ifModifiedSince);
        return since != null && !lastModified.isAfter(since);
    }

    /**
     * @param ifRange the If-Range value, or null
     * @return true if a Range may be honoured: no If-Range, or one that names the current representation (an
     *     entity tag compared strongly, or exactly its modification date)
     */
    boolean rangeStillValid(String ifRange) {
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.strip();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return value.equals(etag); // a weak tag never matches: the strong comparison is required
        }
        Instant date = parseDate(value);
        return date != null && date.equals(lastModified);
    }

    /** Weak comparison (RFC 9110, 8.8.3.2) against every tag of the list, or {@code *}. */
    private boolean matchesAny(String list) {
        String ours = opaque(etag);
        for (String tag : list.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || opaque(candidate).equals(ours)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static Instant parseDate(String value) {
        try {
            return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return null; // an invalid date is ignored (RFC 9110, 13.1.3)
        }
    }
}
