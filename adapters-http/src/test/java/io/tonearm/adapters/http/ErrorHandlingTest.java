package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.application.users.testing.TestUsers;
import io.tonearm.domain.StoreUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorHandlingTest {
    private final RunningApi api = RunningApi.start();

    @BeforeEach
    void seed() {
        api.library.reset();
        api.library.add("/music/money.mp3", "Money", "Pink Floyd", "The Dark Side of the Moon");
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void aProblem_hasEveryRfc9457Member() {
        JsonNode problem = api.get("/api/tracks?limit=0").json();

        assertThat(TrackQueryRoutesTest.fieldNames(problem))
                .containsExactly("type", "title", "status", "detail", "instance", "invalidParams", "requestId");
        assertThat(problem.get("type").asText()).isEqualTo("urn:tonearm:problem:invalid-request");
        assertThat(problem.get("title").asText()).isEqualTo("Invalid request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("instance").asText()).isEqualTo("/api/tracks");
        assertThat(problem.get("invalidParams").get(0).get("name").asText()).isEqualTo("limit");
        assertThat(problem.get("invalidParams").get(0).get("reason").asText()).contains("between 1 and 500");
    }

    @Test
    void anUnknownRoute_isA404Problem() {
        for (String path : List.of("/api/nope", "/index.html", "/api/tracks/1/nope", "/favicon.ico", "/app/nope.js")) {
            RunningApi.Response response = api.get(path);

            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.json().get("type").asText()).isEqualTo("urn:tonearm:problem:not-found");
            assertThat(response.json().get("detail").asText()).isEqualTo("no endpoint GET " + path);
        }
    }

    @Test
    void aWrongMethod_isA405NamingTheAllowedOnes() {
        RunningApi.Response onList = api.send("DELETE", "/api/tracks");
        RunningApi.Response onTrack = api.send("PUT", "/api/tracks/1");

        assertThat(onList.status()).isEqualTo(405);
        assertThat(onList.contentType()).startsWith("application/problem+json");
        assertThat(onList.header("Allow")).contains("GET").contains("POST").doesNotContain("DELETE");
        assertThat(onList.json().get("type").asText()).isEqualTo("urn:tonearm:problem:method-not-allowed");
        assertThat(onTrack.status()).isEqualTo(405);
        assertThat(onTrack.header("Allow")).contains("GET").contains("PATCH").contains("DELETE");
    }

    @Test
    void head_runsTheReadSoThatAnUnknownIdIsA404() {
        RunningApi.Response known = api.send("HEAD", "/api/tracks/1");
        RunningApi.Response unknown = api.send("HEAD", "/api/tracks/999");

        assertThat(known.status()).isEqualTo(200);
        assertThat(known.body()).isEmpty();
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void absurdlyDeepJson_isA400AndTheServerGoesOn() {
        String deep = "[".repeat(20_000) + "]".repeat(20_000);

        RunningApi.Response response = api.send("POST", "/api/tracks/lookup", deep);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidParamNames()).containsExactly("body");
        assertThat(api.get("/api/tracks").status()).isEqualTo(200);
    }

    @Test
    void anUnexpectedFailure_isA500WithAnErrorIdAndNothingOfTheException() {
        api.library.failWith(new IllegalStateException("secret: jdbc:mariadb://db/tonearm password=hunter2"));

        RunningApi.Response response = api.get("/api/tracks");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        String errorId = problem.get("errorId").asText();
        assertThat(errorId).matches("[0-9a-f-]{36}");
        assertThat(problem.get("detail").asText()).contains(errorId);
        assertThat(problem.get("type").asText()).isEqualTo("urn:tonearm:problem:internal-error");
        assertThat(response.body()).doesNotContain("secret", "hunter2", "IllegalStateException", "at io.", "java.");
    }

    @Test
    void anUnreachableStore_isA503WithRetryAfterAndNoErrorId() {
        api.library.failWith(new StoreUnavailableException(StoreUnavailableException.Reason.UNREACHABLE,
                "the database did not answer within 2 s", Duration.ofMillis(1500), null));

        RunningApi.Response response = api.get("/api/tracks/1");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).isEqualTo("2");
        assertThat(response.json().get("type").asText()).isEqualTo("urn:tonearm:problem:database-unavailable");
        assertThat(response.json().get("detail").asText()).isEqualTo("the database did not answer within 2 s");
        assertThat(response.json().has("errorId")).isFalse();
    }

    @Test
    void aContendedStore_isA503OfItsOwnType() {
        api.library.failWith(new StoreUnavailableException(StoreUnavailableException.Reason.CONTENDED,
                "the change collided with others 5 times", Duration.ofSeconds(1), null));

        RunningApi.Response response = api.send("PUT", "/api/tracks/1/favorite");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("1");
        assertThat(response.json().get("type").asText()).isEqualTo("urn:tonearm:problem:database-busy");
    }

    @Test
    void anUnexpectedFailure_leavesTheServerServing() {
        api.library.failWith(new NullPointerException());
        assertThat(api.get("/api/tracks/1").status()).isEqualTo(500);
        api.library.failWith(null);

        assertThat(api.get("/api/tracks/1").status()).isEqualTo(200);
    }

    @Test
    void everyResponse_carriesItsProcessingTime() {
        for (RunningApi.Response response : List.of(api.get("/api/tracks"), api.get("/api/tracks/1"),
                api.get("/api/tracks/999"), api.get("/api/nope"), api.get("/api/tracks?limit=x"),
                api.send("DELETE", "/api/tracks"), api.send("PUT", "/api/tracks/1/favorite"),
                api.send("POST", "/api/tracks", "{"))) {
            assertThat(response.header(ResponseFilters.PROCESSING_TIME)).as(response.toString())
                    .matches("\\d+\\.\\d{3}");
            assertThat(response.header("Server-Timing")).as(response.toString()).matches("app;dur=\\d+\\.\\d{3}");
        }
    }

    @Test
    void aBodyThatIsNotDeclaredAsJson_isA415() {
        RunningApi.Response response = api.send(HttpRequest.newBuilder(api.uri("/api/tracks/lookup"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("[]")));

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.invalidParamNames()).containsExactly("Content-Type");
    }

    @Test
    void aBodyWithoutContentTypeOrWithACharset_isAccepted() {
        RunningApi.Response without = api.send(HttpRequest.newBuilder(api.uri("/api/tracks/lookup"))
                .POST(HttpRequest.BodyPublishers.ofString("[]")));
        RunningApi.Response withCharset = api.send(HttpRequest.newBuilder(api.uri("/api/tracks/lookup"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("[]")));

        assertThat(without.status()).isEqualTo(200);
        assertThat(withCharset.status()).isEqualTo(200);
    }

    @Test
    void aBodyOverTheLimit_isA413WhetherItsLengthIsDeclaredOrNot() {
        String big = "[" + "{\"title\":\"t\",\"artist\":\"a\"},".repeat(4000) + "{\"title\":\"t\",\"artist\":\"a\"}]";
        RunningApi.Response declared = api.send("POST", "/api/tracks/lookup", big);
        RunningApi.Response chunked = api.send(HttpRequest.newBuilder(api.uri("/api/tracks/lookup"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));

        assertThat(big.length()).isGreaterThan((int) RunningApi.SETTINGS.maxRequestBytes());
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.json().get("type").asText()).isEqualTo("urn:tonearm:problem:body-too-large");
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(api.get("/api/tracks").status()).isEqualTo(200);
    }

    @Test
    void aQueryParameterWithBrokenPercentEncoding_isA400NamingIt() throws IOException {
        String response = raw("GET /api/tracks?limit=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Authorization: " + RunningApi.basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD) + "\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("application/problem+json").contains("\"name\":\"limit\"");
    }

    @Test
    void aQueryStringWithPlusAndPercentEncoding_isDecoded() {
        api.library.add("/music/a.mp3", "Rock & Roll", "Led Zeppelin", null);

        RunningApi.Response response = api.get("/api/tracks/search?q=rock+%26+roll");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items").get(0).get("title").asText()).isEqualTo("Rock & Roll");
    }

    @Test
    void aMalformedRequestRejectedByJetty_isAProblemWithoutInternals() throws IOException {
        String response = raw("GET /api/tracks/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("application/problem+json").contains("\"status\":400");
        assertThat(response).doesNotContainIgnoringCase("<html").doesNotContain("org.eclipse");
    }

    @Test
    void aGarbageRequest_doesNotStopTheServer() throws IOException {
        raw("\u0000\u0001 NOT HTTP AT ALL\r\n\r\n");
        raw("GET /api/tracks HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n");

        assertThat(api.get("/api/tracks").status()).isEqualTo(200);
    }

    /** Sends bytes no well-behaved client would send, and returns what came back. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", api.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
