package io.tonearm.adapters.http.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Holds the API's answers to its OpenAPI document ({@code openapi.json} of adapters-http): the test fixtures
 * ({@code RunningApi}, bootstrap's {@code Api}) hand it every response they receive, and it fails the test when
 * the document does not describe the answer: a status the operation does not list, a media type it does not list,
 * or a JSON body that does not match the response's schema (checked with a JSON-schema validator, formats
 * such as {@code date-time} included). An answer of a path or method that no operation has (Javalin's 404 and 405)
 * must be an error and a {@code Problem}. Only {@code /api} is described and checked (not Subsonic's {@code /rest},
 * not the web app's files).
 */
public final class OpenApiContract {
    /** The document as the server serves it, read from the class path. */
    public static final String DOCUMENT = "io/tonearm/adapters/http/openapi.json";
    private static final OpenApiContract INSTANCE = new OpenApiContract(read());
    private static final ExecutionConfig FORMATS = ExecutionConfig.builder().formatAssertionsEnabled(true).build();
    private static final int EXCERPT = 600;

    private final JsonNode document;
    private final ObjectMapper mapper = new ObjectMapper();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31());
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private OpenApiContract(JsonNode document) {
        this.document = document;
    }

    /** @return the contract of the document on the class path */
    public static OpenApiContract get() {
        return INSTANCE;
    }

    /**
     * @param method      the request's method
     * @param uri         the request's URI (its path is matched against the document's paths)
     * @param status      the answer's status
     * @param contentType the answer's Content-Type, or null
     * @param body        the answer's body (empty for none)
     * @throws AssertionError naming the request, the status and what the document says otherwise
     */
    public void check(String method, URI uri, int status, String contentType, byte[] body) {
        String path = uri.getRawPath();
        if (describesNot(path)) {
            return;
        }
        String where = method + " " + path + " answered " + status;
        Operation operation = find(method, path);
        boolean hasBody = body.length > 0 && !method.equals("HEAD");
        if (operation == null) {
            if (status < 400) {
                throw new AssertionError(where + ", but openapi.json has no operation " + method + " for this path");
            }
            if (hasBody) {
                requireMediaType(where, contentType, "application/problem+json");
                validate(where, "#/components/schemas/Problem", null, body);
            }
            return;
        }
        JsonNode response = resolve(operation.node().path("responses").path(Integer.toString(status)));
        if (response.isMissingNode()) {
            throw new AssertionError(where + ", a status that openapi.json does not list for " + operation.name()
                    + " (it lists " + fieldNames(operation.node().path("responses")) + ")");
        }
        if (!hasBody) {
            return;
        }
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            throw new AssertionError(where + " with a body, but openapi.json describes no content for " + status
                    + " of " + operation.name() + ": " + excerpt(body));
        }
        String mediaType = mediaType(contentType);
        String documented = null;
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
            String candidate = types.next();
            if (matches(candidate, mediaType)) {
                documented = candidate;
                break;
            }
        }
        if (documented == null) {
            throw new AssertionError(where + " as " + contentType + ", a media type that openapi.json does not list "
                    + "for " + status + " of " + operation.name() + " (it lists " + fieldNames(content) + ")");
        }
        if (isJson(documented)) {
            String pointer = "#/paths/" + escape(operation.template()) + "/" + operation.method() + "/responses/"
                    + status + "/content/" + escape(documented) + "/schema";
            validate(where, pointer, content.path(documented).path("schema"), body);
        }
    }

    /**
     * Holds a JSON request body that the server took (a 2xx answer) to the operation's request body schema, so that
     * a client built from the document can send what the server takes. Refused bodies are not checked: the tests
     * send those on purpose.
     *
     * @param method the request's method
     * @param uri    the request's URI
     * @param status the answer's status
     * @param json   the JSON body that was sent
     * @throws AssertionError naming the request and what the document says otherwise
     */
    public void checkRequest(String method, URI uri, int status, String json) {
        String path = uri.getRawPath();
        if (describesNot(path) || status < 200 || status > 299 || json.isBlank()) {
            return;
        }
        String where = method + " " + path + " took a body (" + status + ")";
        Operation operation = find(method, path);
        if (operation == null) {
            throw new AssertionError(where + ", but openapi.json has no operation " + method + " for this path");
        }
        JsonNode schema = operation.node().path("requestBody").path("content").path("application/json")
                .path("schema");
        if (schema.isMissingNode()) {
            throw new AssertionError(where + ", but openapi.json describes no JSON request body for "
                    + operation.name());
        }
        String pointer = "#/paths/" + escape(operation.template()) + "/" + operation.method()
                + "/requestBody/content/application~1json/schema";
        validate(where, pointer, schema, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @return whether the path is outside the document, which describes {@code /api} and the operators' endpoints
     *     ({@code /health/...}, {@code /metrics}): Subsonic's {@code /rest} speaks the Subsonic protocol (its own
     *     specification, XML or JSON envelopes), and the web app's page and files ({@code /}, {@code /app/...}) are
     *     HTML, CSS and scripts for a browser
     */
    public static boolean describesNot(String path) {
        boolean described = path.equals("/api") || path.startsWith("/api/") || path.startsWith("/health/")
                || path.equals("/metrics");
        return !described;
    }

    private void validate(String where, String pointer, JsonNode schemaNode, byte[] body) {
        JsonNode answer;
        try {
            answer = mapper.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(where + " with a body that is not JSON: " + excerpt(body), e);
        }
        Schema schema = schemas.computeIfAbsent(pointer, key -> schema(schemaNode != null ? schemaNode
                : document.at(key.substring(1))));
        List<Error> errors = schema.validate(answer, context -> context.setExecutionConfig(FORMATS));
        if (!errors.isEmpty()) {
            throw new AssertionError(where + ", which does not match openapi.json (" + pointer + "): "
                    + errors.stream().map(Error::toString).collect(Collectors.joining("; ")) + "\nbody: "
                    + excerpt(body));
        }
    }

    /** The schema with the document's components beside it, so that its references resolve. */
    private Schema schema(JsonNode node) {
        ObjectNode standalone = node.deepCopy();
        standalone.set("components", document.path("components"));
        return registry.getSchema(SchemaLocation.of("urn:tonearm:openapi:" + ids.incrementAndGet()), standalone);
    }

    /**
     * @return the operation Javalin would run: among the document's paths that match, the one with the method and
     *     the most fixed segments ({@code /api/tracks/search} before {@code /api/tracks/{id}}); null if none
     */
    private Operation find(String method, String path) {
        String wanted = method.equals("HEAD") ? "get" : method.toLowerCase(Locale.ROOT);
        String[] segments = trimSlash(path).split("/", -1);
        Operation best = null;
        int bestFixed = -1;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = paths.next();
            JsonNode operation = entry.getValue().get(wanted);
            int fixed = fixedSegments(entry.getKey().split("/", -1), segments);
            if (operation != null && fixed > bestFixed) {
                best = new Operation(entry.getKey(), wanted, operation);
                bestFixed = fixed;
            }
        }
        return best;
    }

    /** @return how many fixed segments of the template match the path, or -1 if the template does not match */
    private static int fixedSegments(String[] template, String[] path) {
        if (template.length != path.length) {
            return -1;
        }
        int fixed = 0;
        for (int i = 0; i < template.length; i++) {
            boolean parameter = template[i].startsWith("{") && template[i].endsWith("}");
            if (parameter && path[i].isEmpty() || !parameter && !template[i].equals(path[i])) {
                return -1;
            }
            fixed += parameter ? 0 : 1;
        }
        return fixed;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode reference = node.get("$ref");
        return reference == null ? node : resolve(document.at(reference.asText().substring(1)));
    }

    private static void requireMediaType(String where, String contentType, String expected) {
        if (!expected.equals(mediaType(contentType))) {
            throw new AssertionError(where + " as " + contentType + "; an answer outside openapi.json's operations "
                    + "must be " + expected);
        }
    }

    private static boolean matches(String documented, String actual) {
        if (documented.endsWith("/*")) {
            return actual.startsWith(documented.substring(0, documented.length() - 1));
        }
        return documented.equals(actual);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A JSON pointer token: {@code ~} and {@code /} escaped. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "...";
    }

    private static JsonNode read() {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the class path");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An operation of the document: its path template, lower-case method and node. */
    private record Operation(String template, String method, JsonNode node) {
        String name() {
            return method.toUpperCase(Locale.ROOT) + " " + template;
        }
    }
}
