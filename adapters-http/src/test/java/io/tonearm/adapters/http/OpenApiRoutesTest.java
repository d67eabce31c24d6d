package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/openapi.json} and the Swagger UI page at {@code /api/docs}, for callers who do not sign in. */
class OpenApiRoutesTest {
    private static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theDocument_isServedToAnybody_asTheFileBesideTheRoutes() {
        RunningApi.Response response = api.anonymous().get("/api/openapi.json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.body()).isEqualTo(new String(OpenApiRoutes.read(OpenApiRoutes.class, OpenApiRoutes.DOCUMENT),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.json().path("paths").has("/api/tracks/{id}")).isTrue();
    }

    @Test
    void theDocsPage_loadsSwaggerUiFromThisServer_pointedAtTheDocument() {
        RunningApi.Response page = api.anonymous().get("/api/docs");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        List<String> files = new ArrayList<>();
        Matcher link = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
        while (link.find()) {
            files.add(link.group(1));
        }
        assertThat(files).contains("/api/docs/swagger-ui-bundle.js", "/api/docs/swagger-ui.css")
                .allSatisfy(file -> assertThat(file).as("no CDN").startsWith("/api/docs/"));
        for (String file : files) {
            HttpResponse<byte[]> asset = api.anonymous().bytes(HttpRequest.newBuilder(api.uri(file)).GET());
            assertThat(asset.statusCode()).as(file).isEqualTo(200);
            assertThat(asset.body()).as(file).isNotEmpty();
        }
        RunningApi.Response initializer = api.anonymous().get("/api/docs/swagger-initializer.js");
        assertThat(initializer.contentType()).startsWith("text/javascript");
        assertThat(initializer.body()).contains("url: \"/api/openapi.json\"").doesNotContain("petstore");
    }

    @Test
    void aFileThePageDoesNotUse_isNotFound() {
        RunningApi.Response response = api.anonymous().get("/api/docs/oauth2-redirect.html");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("type").asText()).isEqualTo("urn:tonearm:problem:not-found");
        assertThat(api.anonymous().get("/api/docs/..%2F..%2Fopenapi.json").status()).isEqualTo(404);
    }
}
