package io.tonearm.adapters.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads request bodies and writes response bodies with the API's one strict mapper. */
final class ApiJson {
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    /** Answers smaller than this are sent as they are: below a packet's size gzip saves nothing. */
    static final int MIN_GZIP_BYTES = 1500;
    private static final String GZIP = "gzip";

    private final ObjectMapper mapper;
    private final long maxRequestBytes;

    @Inject
    ApiJson(HttpSettings settings) {
        this.mapper = JsonMapperFactory.create();
        this.maxRequestBytes = settings.maxRequestBytes();
    }

    /**
     * Answers {@code body} as JSON with the given status. A 200 to a GET or HEAD under {@code /api/} carries a weak
     * {@code ETag} of its bytes (and {@code Cache-Control: private, no-cache}, so that clients revalidate); when the
     * request's {@code If-None-Match} names it, the answer is a 304 without a body instead. Not when the route said
     * {@code Cache-Control: no-store}: that answer is never kept, so never revalidated.
     */
    void respond(Context ctx, int status, Object body) {
        byte[] bytes = bytes(body);
        if (status == 200 && revalidatable(ctx) && !noStore(ctx)) {
            respond(ctx, status, JsonBody.of(bytes));
            return;
        }
        ctx.status(status).contentType(JSON).result(bytes);
    }

    /** Answers a body written ahead as {@link #respond(Context, int, Object)} answers it, tag included. */
    void respond(Context ctx, int status, JsonBody body) {
        if (status == 200 && revalidatable(ctx) && !noStore(ctx)) {
            String etag = body.etag();
            ctx.header(Header.ETAG, etag);
            ctx.header(Header.CACHE_CONTROL, "private, no-cache");
            if (JsonETags.matches(ctx.header(Header.IF_NONE_MATCH), etag)) {
                ctx.status(304);
                return;
            }
        }
        ctx.status(status).contentType(JSON);
        byte[] bytes = body.bytes();
        if (bytes.length >= MIN_GZIP_BYTES) {
            ctx.header(Header.VARY, Header.ACCEPT_ENCODING);
            if (acceptsGzip(ctx.header(Header.ACCEPT_ENCODING))) {
                ctx.header(Header.CONTENT_ENCODING, GZIP); // Javalin's own compression leaves an encoded answer alone
                ctx.result(body.gzipped());
                return;
            }
        }
        ctx.result(bytes);
    }

    /**
     * @return whether a client sending this {@code Accept-Encoding} takes gzip: it names it (also as {@code x-gzip}).
     *     Weights are not read, as Javalin's filter reads none for the answers it compresses: both decide alike.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        return acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains(GZIP);
    }

    /** An answer the route marked {@code no-store} (a secret, a session's token) is neither tagged nor revalidated. */
    private static boolean noStore(Context ctx) {
        String declared = ctx.res().getHeader(Header.CACHE_CONTROL);
        return declared != null && declared.toLowerCase(Locale.ROOT).contains("no-store");
    }

    private static boolean revalidatable(Context ctx) {
        HandlerType method = ctx.method();
        return (method == HandlerType.GET || method == HandlerType.HEAD) && ctx.path().startsWith("/api/");
    }

    /** Answers the problem with its status as {@code application/problem+json}, naming the request's id. */
    void respond(Context ctx, Problem problem) {
        String requestId = RequestLog.requestId(ctx);
        Problem answer = requestId == null ? problem : problem.withRequestId(requestId);
        ctx.status(answer.status()).contentType(PROBLEM_JSON).result(bytes(answer));
    }

    /** @return {@code body} as JSON text */
    String text(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    byte[] bytes(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * @return the request's JSON body
     * @throws ApiProblem 400 if it is missing or not JSON, 413 if too large, 415 if not declared as JSON
     */
    JsonNode body(Context ctx) {
        return optionalBody(ctx).orElseThrow(() -> ApiProblem.invalid("body", "a JSON request body is required"));
    }

    /**
     * @return the request's body as bytes, whatever its type (bounded like a JSON body)
     * @throws ApiProblem 413 if it is too large
     */
    byte[] rawBody(Context ctx) {
        return readBounded(ctx);
    }

    /** @return the request's JSON body, or empty if the request has none */
    Optional<JsonNode> optionalBody(Context ctx) {
        byte[] bytes = readBounded(ctx);
        if (bytes.length == 0) {
            return Optional.empty();
        }
        requireJsonContentType(ctx);
        try {
            JsonNode node = mapper.readTree(bytes);
            // white space only reads as a missing node: the same as no body
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (JacksonException e) {
            throw JsonReadErrors.problem(e, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Converts (part of) a body to a request record.
     *
     * @param prefix how to name the node's fields in errors: {@code ""} for the whole body, {@code "[3]"} for the
     *               fourth element of an array body
     * @throws ApiProblem 400 naming every field of a wrong type and every unknown field
     */
    <T> T convert(JsonNode node, Class<T> type, String prefix) {
        RequestProblems problems = new RequestProblems();
        T value = convert(node, type, prefix, problems);
        problems.throwIfAny();
        return value;
    }

    /**
     * Converts (part of) a body to a request record, adding every field of a wrong type and every unknown field to
     * {@code problems} instead of stopping at the first; the record is built from the fields that could be read.
     *
     * @return the record, or null when {@code node} is not an object at all (also added to {@code problems})
     */
    <T> T convert(JsonNode node, Class<T> type, String prefix, RequestProblems problems) {
        if (!node.isObject() || !type.isRecord()) {
            try {
                return mapper.treeToValue(node, type);
            } catch (JacksonException e) {
                problems.addAll(JsonReadErrors.problem(e, prefix).invalidParams());
                return null;
            }
        }
        ObjectNode readable = ((ObjectNode) node).deepCopy();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            RecordComponent component = component(type, name);
            if (component == null) {
                problems.add(new InvalidParam(path, path + " is not a known field"));
                readable.remove(name);
                continue;
            }
            try {
                mapper.treeToValue(field.getValue(), mapper.constructType(component.getGenericType()));
            } catch (JacksonException e) {
                problems.addAll(JsonReadErrors.problem(e, path).invalidParams());
                readable.remove(name);
            }
        }
        try {
            return mapper.treeToValue(readable, type);
        } catch (JacksonException e) { // each field was read alone above; together they cannot fail, but say so
            problems.addAll(JsonReadErrors.problem(e, prefix).invalidParams());
            return null;
        }
    }

    private static RecordComponent component(Class<?> type, String name) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }

    private byte[] readBounded(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxRequestBytes) {
            throw ApiProblem.bodyTooLarge(maxRequestBytes);
        }
        // the declared length may be absent (chunked) or wrong: the read itself is bounded too
        int cap = (int) Math.min(maxRequestBytes + 1, Integer.MAX_VALUE - 8);
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(cap);
            if (bytes.length > maxRequestBytes) {
                throw ApiProblem.bodyTooLarge(maxRequestBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    private static void requireJsonContentType(Context ctx) {
        String declared = ctx.contentType();
        if (declared == null || declared.isBlank()) {
            return; // a client that says nothing gets the benefit of the doubt
        }
        String mediaType = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals(JSON) && !(mediaType.startsWith("application/") && mediaType.endsWith("+json"))) {
            throw ApiProblem.unsupportedMediaType(declared);
        }
    }
}
