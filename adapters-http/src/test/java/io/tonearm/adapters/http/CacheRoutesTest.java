package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.monitoring.MonitorSettings;
import io.tonearm.domain.port.CacheSource;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tonearm.application.users.testing.TestUsers;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CacheRoutesTest {
    private final StubQueryCache cache = new StubQueryCache();
    private final CacheMonitor monitor = CacheMonitor.create(cache, MonitorSettings.defaults(), Clock.systemUTC());

    @Test
    void everyGet_saysWhereItsAnswerCameFrom_inHeaders_keepingTheListShape() {
        try (RunningApi api = RunningApi.withCacheMonitor(monitor)) {
            api.library.add("/music/money.mp3", "Money", "Pink Floyd", null);

            cache.source = CacheSource.TIER1;
            RunningApi.Response fromTier1 = api.get("/api/tracks");
            cache.source = CacheSource.TIER2;
            RunningApi.Response fromTier2 = api.get("/api/tracks/1");
            cache.source = CacheSource.MISS;
            RunningApi.Response loaded = api.get("/api/tracks/1");

            assertThat(fromTier1.header(CacheHeaders.SOURCE)).isEqualTo("tier1");
            assertThat(fromTier1.header(CacheHeaders.HIT)).isEqualTo("true");
            assertThat(fromTier1.header(ResponseFilters.PROCESSING_TIME)).matches("\\d+\\.\\d{3}");
            assertThat(TrackQueryRoutesTest.fieldNames(fromTier1.json()))
                    .containsExactly("items", "total", "offset", "limit");
            assertThat(fromTier2.header(CacheHeaders.SOURCE)).isEqualTo("tier2");
            assertThat(fromTier2.header(CacheHeaders.HIT)).isEqualTo("true");
            assertThat(loaded.header(CacheHeaders.SOURCE)).isEqualTo("miss");
            assertThat(loaded.header(CacheHeaders.HIT)).isEqualTo("false");
        }
    }

    @Test
    void changes_carryNoCacheHeaders_butAreCountedPerEndpoint() {
        try (RunningApi api = RunningApi.withCacheMonitor(monitor)) {
            RunningApi.Response added = api.send("POST", "/api/tracks",
                    "{\"path\":\"/music/a.mp3\",\"title\":\"A\",\"artists\":[\"B\"],\"duration\":\"PT3M\","
                            + "\"format\":\"MP3\",\"fileSize\":1,\"fileModifiedAt\":\"2024-01-01T00:00:00Z\"}");

            assertThat(added.header(CacheHeaders.SOURCE)).as(added.toString()).isNull();
            assertThat(monitor.endpoints()).extracting(metrics -> metrics.endpoint())
                    .containsExactly("POST /api/tracks");
        }
    }

    @Test
    void withoutAMonitor_thereAreNeitherCacheHeadersNorCacheEndpoints() {
        try (RunningApi api = RunningApi.start()) {
            assertThat(api.get("/api/tracks").header(CacheHeaders.SOURCE)).isNull();
            assertThat(api.get("/api/cache/stats").status()).isEqualTo(404);
        }
    }

    @Test
    void cacheStats_reportTiersQueriesEndpointsAndTrends() {
        try (RunningApi api = RunningApi.withCacheMonitor(monitor)) {
            api.get("/api/tracks/7");
            api.get("/api/tracks/8");

            RunningApi.Response response = api.get("/api/cache/stats");
            JsonNode stats = response.json();

            assertThat(response.status()).isEqualTo(200);
            assertThat(stats.get("hitRate").asDouble()).isEqualTo(0.9);
            assertThat(stats.get("tiers").get(0).get("tier").asText()).isEqualTo("tier1");
            assertThat(stats.get("tiers").get(0).get("bytes").asLong()).isEqualTo(52_000);
            assertThat(stats.get("tiers").get(1).get("available").asBoolean()).isFalse();
            assertThat(stats.get("tiers").get(1).get("status").asText()).contains("connection refused");
            assertThat(stats.get("queries").get(0).get("averageLoadMillis").asDouble()).isEqualTo(0.5);
            JsonNode allTracks = stats.get("queries").get(0);
            assertThat(allTracks.get("tier1Hits").asLong()).isEqualTo(60);
            assertThat(allTracks.get("tier2Hits").asLong()).isEqualTo(30);
            assertThat(allTracks.get("tier1").get("evictions").asLong()).isEqualTo(4);
            assertThat(allTracks.get("tier1").get("entries").asLong()).isEqualTo(12);
            assertThat(allTracks.get("tier1").get("bytes").asLong()).isEqualTo(24_000);
            assertThat(allTracks.get("tier2").get("evictions").asLong()).isEqualTo(7);
            assertThat(allTracks.get("tier2").get("entries").asLong()).isEqualTo(20);
            assertThat(allTracks.get("tier2").get("bytes").asLong()).isEqualTo(40_000);
            assertThat(allTracks.get("tier2Errors").asLong()).isEqualTo(2);
            assertThat(stats.get("endpoints").findValuesAsText("endpoint")).contains("GET /api/tracks/{id}");
            JsonNode byId = stats.get("endpoints").findParents("endpoint").stream()
                    .filter(node -> node.get("endpoint").asText().equals("GET /api/tracks/{id}")).findFirst().orElseThrow();
            assertThat(byId.get("requests").asLong()).isEqualTo(2);
            assertThat(stats.get("trends").get("hit_rate").asText()).isEqualTo("stable");
            assertThat(stats.get("checkedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        }
    }

    @Test
    void cacheHealth_is200WhileHealthyOrWarning_and503WhenCritical() {
        try (RunningApi api = RunningApi.withCacheMonitor(monitor)) {
            RunningApi.Response warning = api.get("/api/cache/health");
            cache.requests = 100;
            cache.hits = 10;
            RunningApi.Response critical = api.get("/api/cache/health");

            assertThat(warning.status()).isEqualTo(200);
            assertThat(warning.json().get("health").asText()).isEqualTo("warning");
            assertThat(warning.json().get("alerts").findValuesAsText("rule")).containsExactly("tier2.available");
            assertThat(critical.status()).isEqualTo(503);
            assertThat(critical.json().get("health").asText()).isEqualTo("critical");
            assertThat(critical.json().get("alerts").get(0).get("severity").asText()).isEqualTo("critical");
            assertThat(critical.json().get("alerts").get(0).get("message").asText()).contains("10.0 %");
        }
    }

    @Test
    void invalidatingByHand_dropsNamedQueriesOrEverything() {
        try (RunningApi api = RunningApi.withCacheMonitor(monitor)) {
            RunningApi.Response named = api.send("POST", "/api/cache/invalidate", "{\"queries\":[\"tracks.all\"]}");
            RunningApi.Response everything = api.send("POST", "/api/cache/invalidate", "{\"all\":true}");

            assertThat(named.status()).isEqualTo(204);
            assertThat(everything.status()).isEqualTo(204);
            assertThat(cache.invalidated).containsExactly("tracks.all", "*");
        }
    }

    @Test
    void aBadInvalidation_isA400NamingWhatWasWrong_andInvalidatesNothing() {
        try (RunningApi api = RunningApi.withCacheMonitor(monitor)) {
            RunningApi.Response unknown = api.send("POST", "/api/cache/invalidate", "{\"queries\":[\"no.such\"]}");
            RunningApi.Response neither = api.send("POST", "/api/cache/invalidate", "{}");
            RunningApi.Response both = api.send("POST", "/api/cache/invalidate",
                    "{\"queries\":[\"tracks.all\"],\"all\":true}");
            RunningApi.Response wrongType = api.send("POST", "/api/cache/invalidate", "{\"queries\":\"tracks.all\"}");

            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.invalidParamNames()).containsExactly("queries");
            assertThat(unknown.body()).contains("no.such");
            assertThat(neither.status()).isEqualTo(400);
            assertThat(neither.invalidParamNames()).containsExactly("queries");
            assertThat(both.status()).isEqualTo(400);
            assertThat(wrongType.status()).isEqualTo(400);
            assertThat(wrongType.invalidParamNames()).containsExactly("queries");
            assertThat(cache.invalidated).isEmpty();
        }
    }

    @Test
    void endpointsAreCountedByTemplate_notByPath() {
        assertThat(CacheHeaders.endpoint("/api/tracks/42")).isEqualTo("/api/tracks/{id}");
        assertThat(CacheHeaders.endpoint("/api/albums/7/tracks")).isEqualTo("/api/albums/{id}/tracks");
        assertThat(CacheHeaders.endpoint("/api/tracks/search")).isEqualTo("/api/tracks/search");
        assertThat(CacheHeaders.endpoint("/api/albums/7/tracks/12")).isEqualTo("/api/albums/{id}/tracks/{id}");
        assertThat(CacheHeaders.endpoint("/api/tracks/4a2")).isEqualTo("/api/tracks/4a2");
        assertThat(CacheHeaders.endpoint("/api/tracks/42/")).isEqualTo("/api/tracks/{id}/");
        assertThat(CacheHeaders.endpoint("/api//tracks")).isEqualTo("/api//tracks");
        assertThat(CacheHeaders.endpoint("/12")).isEqualTo("/{id}");
    }

    @Test
    void theEventStream_pushesTheHealthAndStatsOfOneSample_toASignedInUser() throws Exception {
        try (RunningApi api = RunningApi.withCacheMonitor(monitor)) {
            HttpRequest request = HttpRequest.newBuilder(api.uri("/api/cache/events"))
                    .header("Accept", "text/event-stream")
                    .header("Authorization", RunningApi.basic(TestUsers.USER, TestUsers.USER_PASSWORD)).build();
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/event-stream"));
            try (Stream<String> lines = response.body()) {
                List<String> firstEvents = new ArrayList<>();
                Iterator<String> reader = lines.iterator();
                while (firstEvents.size() < 4) {
                    String line = reader.next();
                    if (!line.isEmpty()) {
                        firstEvents.add(line);
                    }
                }
                assertThat(firstEvents.get(0)).isEqualTo("event: health");
                JsonNode health = new ObjectMapper().readTree(firstEvents.get(1).substring("data: ".length()));
                assertThat(firstEvents.get(2)).isEqualTo("event: stats");
                JsonNode stats = new ObjectMapper().readTree(firstEvents.get(3).substring("data: ".length()));
                assertThat(stats.has("hitRate")).isTrue();
                assertThat(stats.path("tiers").isArray()).isTrue();
                assertThat(health.path("health").asText()).isNotBlank();
            }
        }
    }

    @Test
    void anInvalidationByHand_isPushedOnTheEventStream() throws Exception {
        try (RunningApi api = RunningApi.withCacheMonitor(monitor)) {
            assertThat(api.send("POST", "/api/cache/invalidate", "{\"queries\":[\"tracks.all\"]}").status())
                    .isEqualTo(204);
            HttpRequest request = HttpRequest.newBuilder(api.uri("/api/cache/events"))
                    .header("Accept", "text/event-stream")
                    .header("Authorization", RunningApi.basic(TestUsers.USER, TestUsers.USER_PASSWORD)).build();
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofLines());
            try (Stream<String> lines = response.body()) {
                Iterator<String> reader = lines.iterator();
                String line = reader.next();
                while (!line.equals("event: invalidation")) {
                    line = reader.next();
                }
                JsonNode event = new ObjectMapper().readTree(reader.next().substring("data: ".length()));
                assertThat(event.get("change").asText()).isEqualTo(CacheRoutes.BY_HAND);
                assertThat(event.get("queries").toString()).isEqualTo("[\"tracks.all\"]");
            }
        }
    }

    @Test
    void theEventStream_isRefusedWithoutSigningIn() {
        try (RunningApi api = RunningApi.withCacheMonitor(monitor)) {
            assertThat(api.anonymous().get("/api/cache/events").status()).isEqualTo(401);
            assertThat(api.asUser().send("HEAD", "/api/cache/events").status()).isEqualTo(200);
        }
    }
}
