package io.tonearm.adapters.http.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The check every HTTP test's answer goes through bites on each kind of drift from the document. */
class OpenApiContractTest {
    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    private static final String ARTIST = "{\"id\": 3, \"name\": \"Nina Simone\"}";

    private final OpenApiContract contract = OpenApiContract.get();

    @Test
    void anAnswerAsDocumented_passes() {
        assertThatCode(() -> check("GET", "/api/artists/3", 200, JSON, ARTIST)).doesNotThrowAnyException();
        assertThatCode(() -> check("GET", "/api/artists/search?q=nina", 200, JSON,
                "{\"items\": [" + ARTIST + "], \"total\": 1, \"offset\": 0, \"limit\": 20}"))
                .doesNotThrowAnyException();
        assertThatCode(() -> check("HEAD", "/api/artists/3", 200, JSON, "")).doesNotThrowAnyException();
    }

    @Test
    void aMissingRequiredField_fails_namingThePathAndTheField() {
        assertThatThrownBy(() -> check("GET", "/api/artists/3", 200, JSON, "{\"id\": 3}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("GET /api/artists/3 answered 200")
                .hasMessageContaining("name");
    }

    @Test
    void aFieldTheDocumentDoesNotHave_fails() {
        assertThatThrownBy(() -> check("GET", "/api/artists/3", 200, JSON,
                "{\"id\": 3, \"name\": \"Nina Simone\", \"born\": 1933}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("born");
    }

    @Test
    void aValueOfTheWrongTypeOrFormat_fails() {
        assertThatThrownBy(() -> check("GET", "/api/artists/3", 200, JSON, "{\"id\": \"3\", \"name\": \"x\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("id");
        assertThatThrownBy(() -> check("GET", "/api/users/me", 200, JSON,
                "{\"id\": 1, \"name\": \"a\", \"admin\": true, \"createdAt\": \"yesterday\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("createdAt");
    }

    @Test
    void aStatusTheOperationDoesNotList_fails() {
        assertThatThrownBy(() -> check("GET", "/api/artists/3", 409, PROBLEM, problem("duplicate-path", 409)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("does not list for GET /api/artists/{id}");
    }

    @Test
    void aProblemOfATypeTheResponseDoesNotName_fails() {
        assertThatThrownBy(() -> check("GET", "/api/artists/3", 404, PROBLEM, problem("media-gone", 404)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("type");
        assertThatCode(() -> check("GET", "/api/artists/3", 404, PROBLEM, problem("not-found", 404)))
                .doesNotThrowAnyException();
    }

    @Test
    void aMediaTypeTheResponseDoesNotList_fails() {
        assertThatThrownBy(() -> check("GET", "/api/artists/3", 200, "text/plain", ARTIST))
                .isInstanceOf(AssertionError.class).hasMessageContaining("media type");
    }

    @Test
    void aFixedPath_winsOverAnIdPath_asInTheServer() {
        assertThatThrownBy(() -> check("GET", "/api/tracks/search?q=a", 200, JSON, ARTIST))
                .isInstanceOf(AssertionError.class).hasMessageContaining("#/paths/~1api~1tracks~1search/get");
    }

    @Test
    void aSuccessOfAnOperationTheDocumentDoesNotHave_fails_andItsErrorsMustBeProblems() {
        assertThatThrownBy(() -> check("GET", "/api/no-such-resource", 200, JSON, "{}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no operation GET");
        assertThatCode(() -> check("GET", "/api/no-such-resource", 404, PROBLEM, problem("not-found", 404)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check("GET", "/api/no-such-resource", 404, JSON, "{}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("application/problem+json");
    }

    @Test
    void aBinaryAnswer_isCheckedForItsStatusAndMediaType() {
        assertThatCode(() -> check("GET", "/api/tracks/1/stream", 206, "audio/flac", "fLaC")).doesNotThrowAnyException();
        assertThatThrownBy(() -> check("GET", "/api/tracks/1/cover", 200, "audio/flac", "fLaC"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("media type");
    }

    @Test
    void aBodyTheServerTook_mustMatchTheRequestSchema() {
        assertThatCode(() -> contract.checkRequest("PATCH", uri("/api/tracks/1"), 200, "{\"year\": 1977}"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> contract.checkRequest("PATCH", uri("/api/tracks/1"), 200, "{\"mood\": \"calm\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PATCH /api/tracks/1 took a body")
                .hasMessageContaining("mood");
        assertThatThrownBy(() -> contract.checkRequest("DELETE", uri("/api/tracks/1"), 204, "{}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no JSON request body");
        assertThatCode(() -> contract.checkRequest("PATCH", uri("/api/tracks/1"), 400, "{\"mood\": 1}"))
                .as("a refused body is the test's point, not the document's").doesNotThrowAnyException();
    }

    @Test
    void theApi_theHealthProbesAndMetrics_areThisDocuments_notSubsonicsRestNorTheWebApp() {
        assertThatThrownBy(() -> check("GET", "/health/unknown", 200, JSON, "{}")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> check("POST", "/metrics", 200, JSON, "{}")).isInstanceOf(AssertionError.class);
        assertThatCode(() -> check("GET", "/rest/ping.view?f=json", 200, "application/json", "{\"subsonic-response\": {}}"))
                .doesNotThrowAnyException();
        assertThatCode(() -> check("GET", "/", 200, "text/html", "<!doctype html>")).doesNotThrowAnyException();
        assertThatCode(() -> check("GET", "/app/js/main.js", 200, "text/javascript", "import")).doesNotThrowAnyException();
        assertThatThrownBy(() -> check("GET", "/api/restful", 200, JSON, "{}")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> check("GET", "/api", 200, JSON, "{}")).isInstanceOf(AssertionError.class);
    }

    private void check(String method, String path, int status, String contentType, String body) {
        contract.check(method, uri(path), status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1" + path);
    }

    private static String problem(String type, int status) {
        return "{\"type\": \"urn:tonearm:problem:" + type + "\", \"title\": \"t\", \"status\": " + status
                + ", \"detail\": \"d\", \"instance\": \"/api\"}";
    }
}
