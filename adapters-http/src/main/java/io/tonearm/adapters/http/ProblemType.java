package io.tonearm.adapters.http;

/** The kinds of problem the API reports, each with its status, stable title and type URI (docs/http-api.md). */
enum ProblemType {
    INVALID_REQUEST(400, "Invalid request", "invalid-request"),
    UNAUTHORIZED(401, "Authentication required", "unauthorized"),
    FORBIDDEN(403, "Forbidden", "forbidden"),
    NOT_FOUND(404, "Not found", "not-found"),
    NO_USABLE_COVER(404, "No usable cover", "no-usable-cover"),
    MEDIA_GONE(404, "The track's file has vanished or changed since the last scan", "media-gone"),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "method-not-allowed"),
    DUPLICATE_PATH(409, "Duplicate track path", "duplicate-path"),
    SCAN_RUNNING(409, "A scan is running", "scan-running"),
    ENRICHMENT_RUNNING(409, "An enrichment run is running", "enrichment-running"),
    USER_NAME_TAKEN(409, "The user name is taken", "user-name-taken"),
    LAST_ADMIN(409, "The last admin cannot be removed", "last-admin"),
    BODY_TOO_LARGE(413, "Request body too large", "body-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "unsupported-media-type"),
    RANGE_NOT_SATISFIABLE(416, "Range not satisfiable", "range-not-satisfiable"),
    TAGS_NOT_WRITTEN(422, "Tags could not be written to the file", "tags-not-written"),
    TOO_MANY_FAILURES(429, "Too many failed sign-ins", "too-many-failures"),
    INTERNAL_ERROR(500, "Internal server error", "internal-error"),
    REMOTE_SERVICE_REFUSED(502, "A remote service refused the request", "remote-service-refused"),
    TRANSCODING_UNAVAILABLE(501, "Transcoding is not available", "transcoding-unavailable"),
    DATABASE_UNAVAILABLE(503, "The database is unavailable", "database-unavailable"),
    DATABASE_BUSY(503, "The database is too busy to take this change now", "database-busy"),
    REMOTE_SERVICE_UNAVAILABLE(503, "A remote service cannot answer now", "remote-service-unavailable"),
    ENRICHMENT_DISABLED(503, "Enrichment is not configured on this server", "enrichment-disabled"),
    TRANSCODING_BUSY(503, "Every transcoding process is busy", "transcoding-busy");

    private static final String PREFIX = "urn:tonearm:problem:";

    private final int status;
    private final String title;
    private final String uri;

    ProblemType(int status, String title, String slug) {
        this.status = status;
        this.title = title;
        this.uri = PREFIX + slug;
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    String uri() {
        return uri;
    }

    /** @return the type for an HTTP status raised outside our routes (Jetty, Javalin), if one fits */
    static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST;
    }
}
