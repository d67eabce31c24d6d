package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /metrics} is Prometheus text for admins; requests are counted by route template and status. */
class MetricsRoutesTest {
    private static final String BY_ID = "http_server_requests_seconds_count{method=\"GET\",route=\"/api/tracks/{id}\","
            + "status=\"200\"}";
    private static RunningApi api;

    private static long first;
    private static long second;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        first = api.library.add("/music/1.mp3", "One", "Band", "Album").id().value();
        second = api.library.add("/music/2.mp3", "Two", "Band", "Album").id().value();
        api.get("/metrics"); // the request timer exists from the first answer on
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theRequestCounter_ofARouteTemplate_movesAfterARequest() {
        double before = sample(scrape(), BY_ID);

        assertThat(api.get("/api/tracks/" + first).status()).isEqualTo(200);
        assertThat(api.get("/api/tracks/" + second).status()).isEqualTo(200);

        double after = awaitSample(BY_ID, before + 2);
        assertThat(after).isEqualTo(before + 2);
        assertThat(scrape()).contains("http_server_requests_seconds_sum{method=\"GET\",route=\"/api/tracks/{id}\","
                + "status=\"200\"}");
    }

    @Test
    void aNotFound_isCountedUnderItsRouteAndStatus_andAnUnknownPathUnderUnmatched() {
        api.get("/api/tracks/999999");
        api.get("/api/no/such/path");

        awaitSample("http_server_requests_seconds_count{method=\"GET\",route=\"/api/tracks/{id}\",status=\"404\"}", 1);
        awaitSample("http_server_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"}", 1);
        assertThat(scrape()).doesNotContain("/api/no/such/path");
    }

    @Test
    void metrics_arePrometheusText_forAdmins_403ForAPlainUser_401ForAnonymous() {
        awaitSample("http_server_requests_seconds_count{method=\"GET\",route=\"/metrics\",status=\"200\"}", 1);
        RunningApi.Response admin = api.get("/metrics");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(admin.header("Cache-Control")).isEqualTo("no-store");
        assertThat(admin.body()).contains("# TYPE http_server_requests_seconds summary");

        RunningApi.Response user = api.asUser().get("/metrics");
        assertThat(user.status()).isEqualTo(403);
        assertThat(user.json().get("type").asText()).isEqualTo("urn:tonearm:problem:forbidden");
        assertThat(api.anonymous().get("/metrics").status()).isEqualTo(401);
    }

    @Test
    void withAManagementPort_metricsAndProbesAreServedThereOnLoopbackToAnyone_andNoLongerOnTheApiPort()
            throws Exception {
        try (RunningApi managed = RunningApi.start(new OperationsSettings(true, 0))) {
            int port = managed.server.managementPort().orElseThrow();
            assertThat(port).isNotEqualTo(managed.port);
            long id = managed.library.add("/music/m.mp3", "M", "Band", "Album").id().value();
            assertThat(managed.get("/api/tracks/" + id).status()).isEqualTo(200);

            HttpClient client = HttpClient.newHttpClient();
            HttpRequest scrape = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build();
            HttpResponse<String> metrics = client.send(scrape, HttpResponse.BodyHandlers.ofString());
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!metrics.body().contains("route=\"/api/tracks/{id}\",status=\"200\"")
                    && System.nanoTime() < deadline) {
                Thread.sleep(20); // a request is counted once its answer has been sent
                metrics = client.send(scrape, HttpResponse.BodyHandlers.ofString());
            }
            HttpResponse<String> ready = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("route=\"/api/tracks/{id}\",status=\"200\"");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(managed.get("/metrics").status()).as("on the API port").isEqualTo(404);
        }
        assertThat(api.server.managementPort()).isEmpty();
    }

    @Test
    void theLibraryScans_areCountedFromTheirTotals() {
        String text = scrape();

        assertThat(text).contains("tonearm_scans_total{outcome=\"started\"}", "tonearm_scans_running 0.0",
                "tonearm_scan_files_total{outcome=\"added\"}");
    }

    private static String scrape() {
        RunningApi.Response response = api.get("/metrics");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** Waits for the sample to reach {@code atLeast}: a request is counted once its answer has been sent. */
    private static double awaitSample(String series, double atLeast) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        double value = sample(scrape(), series);
        while (value < atLeast && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = sample(scrape(), series);
        }
        assertThat(value).as(series).isGreaterThanOrEqualTo(atLeast);
        return value;
    }

    /** @return the value of the series in the scrape, or 0 if it is not there yet */
    static double sample(String scrape, String series) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
