package io.tonearm.bootstrap;

import static io.tonearm.bootstrap.TrackJson.track;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.domain.port.QueryCache;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole process as an operator sees it: {@code /metrics} (requests, the cache per tier and named query, the pool,
 * the JVM) for admins, the probes for anybody, and the request id on every answer.
 */
class ObservabilityApiTest {
    private static final String MISSES = "tonearm_cache_query_misses_total{query=\"track.byId\"}";
    private static final String HITS = "tonearm_cache_query_hits_total{query=\"track.byId\",tier=\"tier1\"}";
    private static final String BY_ID = "http_server_requests_seconds_count{method=\"GET\",route=\"/api/tracks/{id}\","
            + "status=\"200\"}";
    private static TestDatabase database;
    private static Tonearm tonearm;
    private static Api api;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        database = TestDatabase.create();
        tonearm = Tonearm.start(ConfigLoader.load(Optional.empty(),
                FullStackTest.environment(database.settings(), dataDir)), Clock.systemUTC());
        api = new Api(tonearm.uri());
    }

    @AfterAll
    static void stop() {
        if (tonearm != null) {
            tonearm.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void metrics_countTheRequest_aCacheMissAndAHit_ofTheNamedQuery() {
        long id = api.add(track("Counted").json());
        tonearm.injector().getInstance(QueryCache.class).invalidateAll(); // the add may have cached the track
        String before = scrape(Api.ADMIN, Api.ADMIN_PASSWORD).body();

        assertThat(api.get("/api/tracks/" + id).header("X-Cache-Source")).isEqualTo("miss");
        assertThat(api.get("/api/tracks/" + id).header("X-Cache-Source")).isEqualTo("tier1");

        Await.until("the scrape shows the miss, the hit and both requests", () -> {
            String after = scrape(Api.ADMIN, Api.ADMIN_PASSWORD).body();
            return sample(after, MISSES) == sample(before, MISSES) + 1
                    && sample(after, HITS) == sample(before, HITS) + 1
                    && sample(after, BY_ID) == sample(before, BY_ID) + 2;
        });
    }

    @Test
    void metrics_showEveryTier_theInvalidations_thePool_theWriteRetries_andTheJvm() {
        long id = api.add(track("Pooled").json());
        api.get("/api/tracks/" + id);

        Await.until("the tier, pool and JVM meters", () -> {
            String text = scrape(Api.ADMIN, Api.ADMIN_PASSWORD).body();
            return text.contains("tonearm_cache_tier_requests_total{tier=\"tier1\"}")
                    && text.contains("tonearm_cache_tier_available{tier=\"tier1\"} 1")
                    && text.contains("tonearm_cache_query_invalidations_total{query=\"tracks.all\"}")
                    && text.contains("tonearm_cache_query_loads_seconds_count{query=\"track.byId\"}")
                    && text.contains("hikaricp_connections_active{pool=\"tonearm-db\"}")
                    && text.contains("jvm_memory_used_bytes")
                    && text.contains("tonearm_database_write_retries_total{cause=\"deadlock\"}");
        });
    }

    @Test
    void metrics_areForAdminsOnly() {
        api.newUser("listener", "listener-password-1", false);

        assertThat(scrape("listener", "listener-password-1").statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(tonearm.uri().resolve("/metrics"))).statusCode()).isEqualTo(401);
    }

    @Test
    void theProbes_answerAnybody_readyWithTheDatabaseAndTheInProcessTier() {
        Api.Response live = api.anonymous().get("/health/live");
        Api.Response ready = api.anonymous().get("/health/ready");

        assertThat(live.status()).isEqualTo(200);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body().at("/checks/database/status").asText()).isEqualTo("up");
        assertThat(ready.body().at("/checks/cache.tier1/status").asText()).isEqualTo("up");
        assertThat(ready.header("X-Request-Id")).matches("[0-9a-f]{32}");
    }

    private static HttpResponse<String> scrape(String name, String password) {
        return send(HttpRequest.newBuilder(tonearm.uri().resolve("/metrics"))
                .header("Authorization", Api.basic(name, password)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** @return the value of the series in the scrape, or 0 if it is not there yet */
    private static double sample(String scrape, String series) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
