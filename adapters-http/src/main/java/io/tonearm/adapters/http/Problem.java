package io.tonearm.adapters.http;

import java.util.List;

/**
 * The body of an error response, RFC 9457 {@code application/problem+json}.
 *
 * @param type          a URI naming the kind of problem ({@code urn:tonearm:problem:...})
 * @param title         a short summary that is the same for every problem of the type
 * @param status        the HTTP status
 * @param detail        what went wrong with this request
 * @param instance      the request path
 * @param invalidParams the rejected parameters or fields, or null (left out) when there are none
 * @param errorId       for a 500, the id under which the failure was logged; otherwise null (left out)
 * @param requestId     the request's {@code X-Request-Id}, or null (left out) when the request never reached the API
 */
record Problem(String type, String title, int status, String detail, String instance,
               List<InvalidParam> invalidParams, String errorId, String requestId) {

    static Problem of(ProblemType type, int status, String detail, String instance, List<InvalidParam> params,
                      String errorId) {
        return new Problem(type.uri(), type.title(), status, detail, instance,
                params == null || params.isEmpty() ? null : List.copyOf(params), errorId, null);
    }

    /** @return this problem about the request of this id */
    Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, instance, invalidParams, errorId, id);
    }
}
