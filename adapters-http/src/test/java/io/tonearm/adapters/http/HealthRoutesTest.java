package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The probes answer anybody, are never cached, and the readiness probe follows what the use case finds. */
class HealthRoutesTest {
    private static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @AfterEach
    void databaseBack() {
        api.storeProblem.set(Optional.empty());
    }

    @Test
    void liveness_answersAnonymousCallers_up_neverCached() {
        RunningApi.Response live = api.anonymous().get("/health/live");

        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json().get("status").asText()).isEqualTo("up");
        assertThat(live.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void readiness_listsEveryComponent_andIs200_whileTheDatabaseAnswers() {
        RunningApi.Response ready = api.anonymous().get("/health/ready");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.header("Cache-Control")).isEqualTo("no-store");
        JsonNode body = ready.json();
        assertThat(body.get("status").asText()).isEqualTo("up");
        assertThat(body.at("/checks/database/status").asText()).isEqualTo("up");
        assertThat(body.at("/checks/database/required").asBoolean()).isTrue();
        // the stub cache's shared tier is down, which is reported but optional here
        assertThat(body.at("/checks/cache.tier2/status").asText()).isEqualTo("down");
        assertThat(body.at("/checks/cache.tier2/required").asBoolean()).isFalse();
        assertThat(body.at("/checks/cache.tier2/detail").asText()).contains("connection refused");
        assertThat(body.at("/checks/cache.tier1/status").asText()).isEqualTo("up");
    }

    @Test
    void readiness_is503_namingWhy_whileTheDatabaseCannotBeReached_andHeadSaysSoToo() {
        api.storeProblem.set(Optional.of("the database cannot be reached: connection refused"));

        RunningApi.Response down = api.anonymous().get("/health/ready");

        assertThat(down.status()).isEqualTo(503);
        assertThat(down.contentType()).startsWith("application/json");
        assertThat(down.json().get("status").asText()).isEqualTo("down");
        assertThat(down.json().at("/checks/database/detail").asText())
                .isEqualTo("the database cannot be reached: connection refused");
        assertThat(api.anonymous().send("HEAD", "/health/ready").status()).isEqualTo(503);

        api.storeProblem.set(Optional.empty());

        assertThat(api.anonymous().get("/health/ready").status()).isEqualTo(200);
    }
}
