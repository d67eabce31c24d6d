package io.tonearm.adapters.http.listening;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A listening request the routes refuse, with what the problem response says and the headers it carries
 * ({@code Content-Range} of a 416). Turned into {@code application/problem+json} by the API's error mapping.
 */
public final class ListeningProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What is refused; each kind has its status and problem type. */
    public enum Kind {
        /** 400: the parameters named in {@link #invalidParams()} are invalid. */
        INVALID_REQUEST,
        /** 404: the catalog has no track with this id. */
        NO_SUCH_TRACK,
        /** 404: the track or album has no cover. */
        NO_COVER,
        /** 416: no asked range overlaps the file. */
        RANGE_NOT_SATISFIABLE
    }

    private final Kind kind;
    private final transient Map<String, String> headers;
    private final transient Map<String, String> invalidParams;

    ListeningProblem(Kind kind, String detail, Map<String, String> headers) {
        this(kind, detail, headers, Map.of());
    }

    private ListeningProblem(Kind kind, String detail, Map<String, String> headers, Map<String, String> invalidParams) {
        super(detail, null, false, false); // an answer to the client, not a failure of ours: no stack trace
        this.kind = Objects.requireNonNull(kind, "kind");
        this.headers = Map.copyOf(headers);
        this.invalidParams = Collections.unmodifiableMap(new LinkedHashMap<>(invalidParams));
    }

    /** A 400 naming every bad parameter (at least one), in order, with its reason. */
    static ListeningProblem invalid(Map<String, String> reasons) {
        String first = reasons.values().iterator().next();
        int more = reasons.size() - 1;
        return new ListeningProblem(Kind.INVALID_REQUEST, more == 0 ? first : first + " (and " + more + " more)",
                Map.of(), reasons);
    }

    static ListeningProblem noSuchTrack(long id) {
        return new ListeningProblem(Kind.NO_SUCH_TRACK, "no track with id " + id, Map.of());
    }

    static ListeningProblem noCover(String what, long id) {
        return new ListeningProblem(Kind.NO_COVER, "the " + what + " " + id + " has no cover", Map.of());
    }

    static ListeningProblem unsatisfiable(long size) {
        return new ListeningProblem(Kind.RANGE_NOT_SATISFIABLE,
                "no asked range overlaps the file's " + size + " bytes", Map.of("Content-Range", "bytes */" + size));
    }

    /** @return what is refused */
    public Kind kind() {
        return kind;
    }

    /** @return the invalid parameters by name, with the reason, in order (400 only) */
    public Map<String, String> invalidParams() {
        return invalidParams;
    }

    /** @return the headers the problem response carries, by name */
    public Map<String, String> headers() {
        return headers;
    }
}
