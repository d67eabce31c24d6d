package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ResponseHeaderHookTest {

    /** Records what it saw and adds a header naming it; in issue 3 the cache headers come this way. */
    private static final class RecordingHook implements ResponseHeaderHook {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public Completion begin(String method, String path) {
            long thread = Thread.currentThread().getId();
            return (status, headers) -> {
                seen.add(method + " " + path + " " + status);
                headers.accept("X-Test-Hook", method + " " + path + " " + status);
                headers.accept("X-Test-Same-Thread", Boolean.toString(thread == Thread.currentThread().getId()));
            };
        }
    }

    @Test
    void aBoundHook_addsItsHeadersToEveryResponseFromTheHandlersThread() {
        RecordingHook hook = new RecordingHook();
        try (RunningApi api = RunningApi.start(RunningApi.SETTINGS, hook)) {
            api.library.add("/music/money.mp3", "Money", "Pink Floyd", null);

            RunningApi.Response found = api.get("/api/tracks/1");
            RunningApi.Response missing = api.get("/api/tracks/2");

            assertThat(found.header("X-Test-Hook")).isEqualTo("GET /api/tracks/1 200");
            assertThat(found.header("X-Test-Same-Thread")).isEqualTo("true");
            assertThat(missing.header("X-Test-Hook")).isEqualTo("GET /api/tracks/2 404");
            assertThat(hook.seen).containsExactly("GET /api/tracks/1 200", "GET /api/tracks/2 404");
        }
    }

    @Test
    void aFailingHook_isIgnoredAndTheResponseStillGoesOut() {
        ResponseHeaderHook failsToBegin = (method, path) -> {
            throw new IllegalStateException("broken hook");
        };
        ResponseHeaderHook failsToComplete = (method, path) -> (status, headers) -> {
            throw new IllegalStateException("broken hook");
        };
        try (RunningApi api = RunningApi.start(RunningApi.SETTINGS, failsToBegin, failsToComplete)) {
            RunningApi.Response response = api.get("/api/tracks");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header(ResponseFilters.PROCESSING_TIME)).isNotNull();
        }
    }
}
