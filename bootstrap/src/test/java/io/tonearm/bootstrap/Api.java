package io.tonearm.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.tonearm.adapters.http.testing.OpenApiContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A client of the running API over real HTTP ({@link HttpClient}), answering parsed JSON. Signs in as the first
 * admin the test environment configures ({@link #ADMIN}, see {@code FullStackTest.environment}) unless made with
 * {@link #as}, {@link #withToken} or {@link #anonymous}. Every answer is checked against the API's OpenAPI document
 * ({@link OpenApiContract}), and every JSON body the server took against its request schema: what the document does
 * not describe fails the test.
 */
final class Api {
    /** The first admin of every test server: TONEARM_ADMIN_USER and TONEARM_ADMIN_PASSWORD. */
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-password-for-tests";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Generous: a test that hangs must fail, but a slow machine must not. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient client;
    /** The Authorization header sent with every request, or null for none. */
    private final String authorization;

    /** A client signed in as the test environment's first admin. */
    Api(URI base) {
        this(base, HttpClient.newBuilder().connectTimeout(TIMEOUT).build(), basic(ADMIN, ADMIN_PASSWORD));
    }

    private Api(URI base, HttpClient client, String authorization) {
        this.base = base;
        this.client = client;
        this.authorization = authorization;
    }

    /** @return a client of the same server that signs in with this name and password (HTTP Basic) */
    Api as(String name, String password) {
        return new Api(base, client, basic(name, password));
    }

    /** @return a client of the same server that signs in with this API token (Bearer) */
    Api withToken(String secret) {
        return new Api(base, client, "Bearer " + secret);
    }

    /** @return a client of the same server that sends no credentials */
    Api anonymous() {
        return new Api(base, client, null);
    }

    /** @return a user added by the admin this client signs in as, and a client signed in as that user */
    Api newUser(String name, String password, boolean admin) {
        Response added = post("/api/users", "{\"name\": \"" + name + "\", \"password\": \"" + password
                + "\", \"admin\": " + admin + "}");
        if (added.status() != 201) {
            throw new AssertionError("adding user " + name + " answered " + added.status() + ": " + added.text());
        }
        return as(name, password);
    }

    static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    Response post(String path, String json) {
        return sent("POST", path, json, send(request(path).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json))));
    }

    /** Posts a body that is not JSON, such as an M3U8 playlist. */
    Response post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(BodyPublishers.ofString(body)));
    }

    Response post(String path) {
        return send(request(path).POST(BodyPublishers.noBody()));
    }

    Response patch(String path, String json) {
        return sent("PATCH", path, json, send(request(path).header("Content-Type", "application/json")
                .method("PATCH", BodyPublishers.ofString(json))));
    }

    Response put(String path, String json) {
        return sent("PUT", path, json, send(request(path).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(json))));
    }

    Response put(String path) {
        return send(request(path).PUT(BodyPublishers.noBody()));
    }

    Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Sends a GET without waiting for the answer. */
    CompletableFuture<Response> getAsync(String path) {
        return client.sendAsync(request(path).GET().build(), BodyHandlers.ofString()).thenApply(Api::parse);
    }

    /** @return the id of the track the JSON describes, after adding it (fails the test unless it was added) */
    long add(String trackJson) {
        Response response = post("/api/tracks", trackJson);
        if (response.status() != 201) {
            throw new AssertionError("adding a track answered " + response.status() + ": " + response.text());
        }
        return response.body().get("id").asLong();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            return parse(client.send(request.build(), BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return the response, after checking a body the server took against its request schema in openapi.json */
    private Response sent(String method, String path, String json, Response response) {
        OpenApiContract.get().checkRequest(method, base.resolve(path), response.status(), json);
        return response;
    }

    private static Response parse(HttpResponse<String> response) {
        // every answer as openapi.json describes it, or the test fails naming the request and the difference
        OpenApiContract.get().check(response.request().method(), response.request().uri(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.body().getBytes(StandardCharsets.UTF_8));
        JsonNode body;
        try {
            // images and audio are checked by their status and type; their bytes are not read as JSON
            boolean json = response.headers().firstValue("Content-Type").map(type -> type.contains("json"))
                    .orElse(true);
            body = response.body().isEmpty() || !json ? MissingNode.getInstance() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("the answer is not JSON: " + response.body(), e);
        }
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null), body, response.body(), response.headers());
    }

    /** An answer: status, the headers tests look at, the parsed body and its text. */
    record Response(int status, String contentType, String location, JsonNode body, String text,
                    java.net.http.HttpHeaders headers) {
        /** @return the first value of the header, or null */
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** @return the ids of the items of a list answer, in order */
        List<Long> ids() {
            List<Long> ids = new ArrayList<>();
            body.get("items").forEach(item -> ids.add(item.has("track") ? item.get("track").get("id").asLong()
                    : item.get("id").asLong()));
            return ids;
        }

        /** @return the names of the rejected parameters of a problem answer */
        List<String> invalidParams() {
            List<String> names = new ArrayList<>();
            body.path("invalidParams").forEach(param -> names.add(param.get("name").asText()));
            return names;
        }
    }
}
