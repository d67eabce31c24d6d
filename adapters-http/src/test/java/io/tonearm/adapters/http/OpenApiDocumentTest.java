package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.adapters.http.testing.OpenApiContract;
import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.monitoring.MonitorSettings;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document ({@code openapi.json} beside {@link OpenApiRoutes}) against the routes the running server
 * registers (taken from the server itself, as {@link RouteProtectionTest} does): no route missing from it, no
 * operation in it that the server does not have, and who may call each one as the server says. {@code /api}, the
 * health probes and {@code /metrics} are described; Subsonic's {@code /rest} and the web app's files are left out
 * ({@link OpenApiContract#describesNot}).
 */
class OpenApiDocumentTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private static RunningApi api;
    private static List<JavalinApiServer.Route> routes;
    private static JsonNode document;

    @BeforeAll
    static void start() throws IOException {
        CacheMonitor monitor = CacheMonitor.create(new StubQueryCache(), MonitorSettings.defaults(),
                Clock.systemUTC());
        api = RunningApi.withCacheMonitor(monitor); // the cache routes exist only with a monitor
        routes = ((JavalinApiServer) api.server).routes().stream()
                .filter(route -> !OpenApiContract.describesNot(route.path())).toList();
        document = new ObjectMapper().readTree(OpenApiRoutes.read(OpenApiRoutes.class, OpenApiRoutes.DOCUMENT));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void isAnOpenApi31Document() {
        assertThat(document.path("openapi").asText()).startsWith("3.1.");
        assertThat(document.path("info").path("title").asText()).isNotBlank();
    }

    @Test
    void everyRegisteredRoute_isInTheDocument() {
        Set<String> missing = new TreeSet<>(registered());
        missing.removeAll(documented().keySet());
        assertThat(missing).as("routes the server registers that openapi.json does not describe").isEmpty();
    }

    @Test
    void everyOperationOfTheDocument_isARegisteredRoute() {
        Set<String> unknown = new TreeSet<>(documented().keySet());
        unknown.removeAll(registered());
        assertThat(unknown).as("operations of openapi.json that the server does not have").isEmpty();
    }

    /** The document says so once instead of describing every HEAD: this keeps it true. */
    @Test
    void everyGet_answersHeadToo_asTheDocumentSays() {
        Set<String> gets = routes.stream().filter(route -> route.method().equals("GET")).map(JavalinApiServer.Route::path)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> heads = routes.stream().filter(route -> route.method().equals("HEAD"))
                .map(JavalinApiServer.Route::path).collect(Collectors.toCollection(TreeSet::new));
        assertThat(heads).isEqualTo(gets);
        assertThat(document.path("info").path("description").asText()).contains("every `GET` also answers `HEAD`");
    }

    @Test
    void thePublicOperations_areThePublicRoutes() {
        Set<String> publicRoutes = routes.stream().filter(route -> route.roles().contains(Access.PUBLIC))
                .filter(route -> !route.method().equals("HEAD")).map(OpenApiDocumentTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> publicOperations = documented().entrySet().stream()
                .filter(operation -> isPublic(operation.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(publicOperations).isEqualTo(publicRoutes).contains("GET /api/openapi.json", "GET /api/docs");
    }

    @Test
    void everyProtectedOperation_documentsItsRefusals() {
        for (JavalinApiServer.Route route : routes) {
            if (route.method().equals("HEAD") || route.roles().contains(Access.PUBLIC)) {
                continue;
            }
            JsonNode responses = documented().get(key(route)).path("responses");
            assertThat(responses.has("401")).as("401 of " + key(route)).isTrue();
            assertThat(responses.has("429")).as("429 of " + key(route)).isTrue();
            if (route.roles().contains(Access.ADMIN)) {
                assertThat(responses.has("403")).as("403 of the admin route " + key(route)).isTrue();
            }
            if (!route.method().equals("GET")) { // with the session cookie and without its CSRF token
                assertThat(responses.has("403")).as("403 of the state-changing route " + key(route)).isTrue();
            }
        }
    }

    @Test
    void theSecuritySchemes_areBasicAndBearer_requiredUnlessAnOperationSaysOtherwise() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("bearer").path("scheme").asText()).isEqualTo("bearer");
        assertThat(document.path("security").toString()).isEqualTo("[{\"basic\":[]},{\"bearer\":[]}]");
    }

    @Test
    void theProblemSchema_namesEveryProblemType() {
        List<String> documented = new ArrayList<>();
        document.path("components").path("schemas").path("Problem").path("properties").path("type").path("enum")
                .forEach(type -> documented.add(type.asText()));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList());
        assertThat(document.path("components").path("schemas").path("Problem").path("properties")
                .path("invalidParams").path("items").path("$ref").asText()).isEqualTo("#/components/schemas/InvalidParam");
    }

    @Test
    void everyReference_pointsIntoTheDocument() {
        List<String> broken = new ArrayList<>();
        collectBrokenReferences(document, broken);
        assertThat(broken).isEmpty();
    }

    private static void collectBrokenReferences(JsonNode node, List<String> broken) {
        if (node.isObject()) {
            JsonNode reference = node.get("$ref");
            if (reference != null && (!reference.asText().startsWith("#/")
                    || document.at(reference.asText().substring(1)).isMissingNode())) {
                broken.add(reference.asText());
            }
            node.elements().forEachRemaining(child -> collectBrokenReferences(child, broken));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectBrokenReferences(child, broken));
        }
    }

    private static boolean isPublic(JsonNode operation) {
        JsonNode security = operation.get("security");
        return security != null && security.isArray() && security.isEmpty();
    }

    /** @return "METHOD path" of every registered route but HEAD, which the document describes with GET */
    private static Set<String> registered() {
        return routes.stream().filter(route -> !route.method().equals("HEAD")).map(OpenApiDocumentTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** @return every operation of the document by "METHOD path" */
    private static Map<String, JsonNode> documented() {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                operation -> {
                    if (METHODS.contains(operation.getKey())) {
                        operations.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                                operation.getValue());
                    }
                }));
        return operations;
    }

    private static String key(JavalinApiServer.Route route) {
        return route.method() + " " + route.path();
    }
}
