package io.tonearm.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.Multibinder;
import io.tonearm.application.Library;
import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.scanning.LibraryScans;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The API server started the way bootstrap starts it (Guice, {@link HttpModule}, {@link ApiServer#start()}) on a
 * random port, backed by a {@link FakeLibrary}, with a {@link HttpClient} to call it.
 */
final class RunningApi implements AutoCloseable {
    static final HttpSettings SETTINGS = new HttpSettings("127.0.0.1", 0, Duration.ofSeconds(5), 64 * 1024);

    final FakeLibrary library = new FakeLibrary();
    final ApiServer server;
    final int port;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper mapper = new ObjectMapper();

    private RunningApi(HttpSettings settings, List<ResponseHeaderHook> hooks) {
        this(settings, hooks, null, FakeScanner.scansOfTempDir());
    }

    private RunningApi(HttpSettings settings, List<ResponseHeaderHook> hooks, CacheMonitor monitor,
                       LibraryScans scans) {
        Injector injector = Guice.createInjector(binder -> {
            binder.requireExplicitBindings();
            binder.disableCircularProxies();
            binder.bind(Library.class).toInstance(library);
            if (monitor != null) {
                binder.bind(CacheMonitor.class).toInstance(monitor);
            }
            binder.bind(LibraryScans.class).toInstance(scans);
            Multibinder<ResponseHeaderHook> set = Multibinder.newSetBinder(binder, ResponseHeaderHook.class);
            hooks.forEach(hook -> set.addBinding().toInstance(hook));
        }, new HttpModule(settings));
        server = injector.getInstance(ApiServer.class);
        port = server.start();
    }

    static RunningApi start() {
        return new RunningApi(SETTINGS, List.of());
    }

    /** @return the API over these scans (and a {@link FakeLibrary}) */
    static RunningApi start(LibraryScans scans) {
        return new RunningApi(SETTINGS, List.of(), null, scans);
    }

    static RunningApi start(HttpSettings settings, ResponseHeaderHook... hooks) {
        return new RunningApi(settings, List.of(hooks));
    }

    /** @return a server whose injector also binds a cache monitor, as bootstrap does */
    static RunningApi withCacheMonitor(CacheMonitor monitor) {
        return new RunningApi(SETTINGS, List.of(), monitor, FakeScanner.scansOfTempDir());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Response send(String method, String path) {
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends {@code json} as an {@code application/json} body. */
    Response send(String method, String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response, mapper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    /** A received response, with its body as JSON on demand. */
    static final class Response {
        private final HttpResponse<String> response;
        private final ObjectMapper mapper;

        Response(HttpResponse<String> response, ObjectMapper mapper) {
            this.response = response;
            this.mapper = mapper;
        }

        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        JsonNode json() {
            try {
                return mapper.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + response.body(), e);
            }
        }

        /** @return the names of the problem's invalidParams, in order */
        List<String> invalidParamNames() {
            return json().path("invalidParams").findValuesAsText("name");
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.headers().map() + " " + response.body();
        }
    }
}
