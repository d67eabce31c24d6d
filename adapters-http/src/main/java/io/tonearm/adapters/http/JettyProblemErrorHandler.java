package io.tonearm.adapters.http;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Answers the errors Jetty raises before a request reaches the API (a malformed request line or URI, headers
 * too large) as problems too, instead of Jetty's HTML page. Never includes a stack trace, and for a 5xx no
 * message either.
 */
final class JettyProblemErrorHandler extends ErrorHandler {
    private final ApiJson json;

    @Inject
    JettyProblemErrorHandler(ApiJson json) {
        this.json = json;
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ApiJson.PROBLEM_JSON);
        return ByteBuffer.wrap(json.bytes(problem(status, reason, null)));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(ApiJson.PROBLEM_JSON);
        response.getOutputStream().write(json.bytes(problem(code, message, request.getRequestURI())));
    }

    private static Problem problem(int status, String reason, String instance) {
        ProblemType type = ProblemType.forStatus(status);
        String detail = status >= 500 || reason == null || reason.isBlank()
                ? "the request could not be processed" : "the request is malformed: " + reason;
        return Problem.of(type, status, detail, instance, List.of(), null);
    }
}
