package io.tonearm.adapters.http;

import io.tonearm.application.scanning.ScanAlreadyRunningException;
import io.tonearm.domain.DuplicateTrackPathException;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.StoreUnavailableException;
import io.tonearm.domain.TagWriteException;
import java.util.List;
import java.util.Objects;

/**
 * A request the routes refuse, carrying what the problem response will say. Thrown by the routes and turned
 * into {@code application/problem+json} by {@link ApiErrors}.
 */
final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final List<InvalidParam> invalidParams;

    private ApiProblem(ProblemType type, String detail, List<InvalidParam> invalidParams) {
        // no stack trace: this is an answer to the client, not a failure of ours
        super(detail, null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.invalidParams = List.copyOf(invalidParams);
    }

    /** A 400 naming one bad parameter or field; {@code reason} is also the detail. */
    static ApiProblem invalid(String name, String reason) {
        return new ApiProblem(ProblemType.INVALID_REQUEST, reason, List.of(new InvalidParam(name, reason)));
    }

    /** A 400 naming several bad parameters or fields (at least one). */
    static ApiProblem invalid(List<InvalidParam> params) {
        int more = params.size() - 1;
        String detail = params.get(0).reason()
                + (more == 0 ? "" : " (and " + more + " more " + (more == 1 ? "problem" : "problems") + ")");
        return new ApiProblem(ProblemType.INVALID_REQUEST, detail, params);
    }

    /** A 400 naming every field the domain rejected. */
    static ApiProblem invalid(InvalidValueException e) {
        return invalidAt("", e);
    }

    /**
     * A 400 for values rejected inside an element of an array body, each named from the element:
     * {@code [3].title}; with an empty prefix, named as the domain names them.
     */
    static ApiProblem invalidAt(String prefix, InvalidValueException e) {
        RequestProblems problems = new RequestProblems();
        problems.addAll(prefix, e, field -> field);
        return invalid(problems.params());
    }

    static ApiProblem of(ProblemType type, String detail) {
        return new ApiProblem(type, detail, List.of());
    }

    static ApiProblem notFound(String detail) {
        return new ApiProblem(ProblemType.NOT_FOUND, detail, List.of());
    }

    static ApiProblem duplicatePath(DuplicateTrackPathException e) {
        return new ApiProblem(ProblemType.DUPLICATE_PATH, e.getMessage(),
                List.of(new InvalidParam("path", "a track with this path exists already: " + e.path())));
    }

    static ApiProblem scanRunning(ScanAlreadyRunningException e) {
        return new ApiProblem(ProblemType.SCAN_RUNNING, e.getMessage(), List.of());
    }

    static ApiProblem storeUnavailable(StoreUnavailableException e) {
        ProblemType type = e.reason() == StoreUnavailableException.Reason.CONTENDED ? ProblemType.DATABASE_BUSY
                : ProblemType.DATABASE_UNAVAILABLE;
        return new ApiProblem(type, e.getMessage(), List.of());
    }

    static ApiProblem tagsNotWritten(TagWriteException e) {
        return new ApiProblem(ProblemType.TAGS_NOT_WRITTEN, e.getMessage(), List.of());
    }

    static ApiProblem unsupportedMediaType(String contentType) {
        String reason = "Content-Type must be application/json but was " + contentType;
        return new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, reason,
                List.of(new InvalidParam("Content-Type", reason)));
    }

    static ApiProblem bodyTooLarge(long maxBytes) {
        return new ApiProblem(ProblemType.BODY_TOO_LARGE,
                "the request body must be at most " + maxBytes + " bytes", List.of());
    }

    ProblemType type() {
        return type;
    }

    List<InvalidParam> invalidParams() {
        return invalidParams;
    }
}
