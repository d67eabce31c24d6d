package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Every answer carries the request's id, the client's when acceptable; problems name it; the access log has one line
 * per request, with the route template, and every log line of a request carries the id.
 */
class RequestIdTest {
    private static RunningApi api;
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger access = (Logger) LoggerFactory.getLogger(RequestLog.ACCESS_LOGGER);
    private final Logger errors = (Logger) LoggerFactory.getLogger(ApiErrors.class);
    private Level accessLevel;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void listen() {
        lines.start();
        accessLevel = access.getLevel();
        access.setLevel(Level.INFO);
        access.addAppender(lines);
        errors.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        access.detachAppender(lines);
        errors.detachAppender(lines);
        access.setLevel(accessLevel);
        api.library.failWith(null);
    }

    @Test
    void aRequestWithoutAnId_getsANewOne_differentEachTime() {
        String first = api.get("/api/tracks").header(RequestLog.REQUEST_ID);
        String second = api.get("/api/tracks").header(RequestLog.REQUEST_ID);

        assertThat(first).matches("[0-9a-f]{32}");
        assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
    }

    @Test
    void anAcceptableId_isSentBack_asItCame() {
        assertThat(withId("client-1234:abc/XYZ").header(RequestLog.REQUEST_ID)).isEqualTo("client-1234:abc/XYZ");
        String longest = "x".repeat(RequestLog.MAX_ID_LENGTH);
        assertThat(withId(longest).header(RequestLog.REQUEST_ID)).isEqualTo(longest);
    }

    @Test
    void anIdTooLongOrWithSpacesOrTabs_isReplacedByANewOne() {
        for (String bad : List.of("x".repeat(RequestLog.MAX_ID_LENGTH + 1), "has space", "tab\there")) {
            assertThat(withId(bad).header(RequestLog.REQUEST_ID)).as(bad).matches("[0-9a-f]{32}");
        }
    }

    @Test
    void onlyPrintableAscii_isAccepted() {
        assertThat(RequestLog.accepted("abc~!")).isEqualTo("abc~!");
        for (String bad : List.of("", "caf\u00e9", "new\nline", "nul\u0000", "del\u007f")) {
            assertThat(RequestLog.accepted(bad)).as(bad).matches("[0-9a-f]{32}");
        }
        assertThat(RequestLog.accepted(null)).matches("[0-9a-f]{32}");
    }

    @Test
    void everyAnswer_carriesTheId_also401_404AndAPublicProbe() {
        assertThat(api.anonymous().get("/api/tracks").header(RequestLog.REQUEST_ID)).isNotBlank();
        assertThat(api.get("/api/nothing-here").header(RequestLog.REQUEST_ID)).isNotBlank();
        assertThat(api.anonymous().get("/health/live").header(RequestLog.REQUEST_ID)).isNotBlank();
    }

    @Test
    void aProblem_namesTheRequestId() {
        RunningApi.Response notFound = withId("trace-me-404", "/api/tracks/999999");
        RunningApi.Response unauthorized = api.anonymous().send(HttpRequest.newBuilder(api.uri("/api/tracks"))
                .header(RequestLog.REQUEST_ID, "trace-me-401").GET());

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().get("requestId").asText()).isEqualTo("trace-me-404");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.json().get("requestId").asText()).isEqualTo("trace-me-401");
    }

    @Test
    void theAccessLog_hasOneLinePerRequest_withMethodRouteTemplateStatusAndDuration_andTheId() {
        long id = api.library.add("/music/a.mp3", "A", "B", "C").id().value();
        lines.list.clear();

        withId("access-1", "/api/tracks/" + id);

        List<ILoggingEvent> accessLines = linesOf(RequestLog.ACCESS_LOGGER);
        assertThat(accessLines).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.INFO);
            assertThat(line.getFormattedMessage()).matches("GET /api/tracks/\\{id} 200 \\d+\\.\\d+ ms");
            assertThat(line.getMDCPropertyMap()).containsEntry(RequestLog.MDC_KEY, "access-1");
        });
    }

    @Test
    void aPathThatMatchesNoRoute_isLoggedAsUnmatched_notByItsPath() {
        api.get("/api/nothing-here/42");

        assertThat(linesOf(RequestLog.ACCESS_LOGGER)).singleElement().satisfies(line -> assertThat(
                line.getFormattedMessage()).startsWith("GET " + RequestLog.UNMATCHED + " 404 "));
    }

    @Test
    void theErrorLogOfAFailedRequest_carriesItsId_asTheAccessLineDoes() {
        api.library.failWith(new IllegalStateException("boom"));

        RunningApi.Response failed = withId("failing-1", "/api/tracks");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json().get("requestId").asText()).isEqualTo("failing-1");
        assertThat(linesOf(ApiErrors.class.getName())).singleElement().satisfies(line ->
                assertThat(line.getMDCPropertyMap()).containsEntry(RequestLog.MDC_KEY, "failing-1"));
        assertThat(linesOf(RequestLog.ACCESS_LOGGER)).singleElement().satisfies(line ->
                assertThat(line.getFormattedMessage()).startsWith("GET /api/tracks 500 "));
    }

    @Test
    void withTheAccessLogOff_noLineIsWritten_butTheIdIsStillSent() {
        try (RunningApi quiet = RunningApi.start(new OperationsSettings(false, OperationsSettings.NO_MANAGEMENT_PORT))) {
            assertThat(quiet.get("/api/tracks").header(RequestLog.REQUEST_ID)).isNotBlank();
        }

        assertThat(linesOf(RequestLog.ACCESS_LOGGER)).isEmpty();
    }

    private static RunningApi.Response withId(String id) {
        return withId(id, "/api/tracks");
    }

    private static RunningApi.Response withId(String id, String path) {
        return api.send(HttpRequest.newBuilder(api.uri(path)).header(RequestLog.REQUEST_ID, id).GET());
    }

    /** Waits a moment: Javalin's request logger runs once the answer has been sent. */
    private List<ILoggingEvent> linesOf(String logger) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        List<ILoggingEvent> found = List.of();
        while (System.nanoTime() < deadline) {
            found = lines.list.stream().filter(line -> line.getLoggerName().equals(logger)).toList();
            if (!found.isEmpty()) {
                try {
                    Thread.sleep(50); // a second line, if any, would be there by now
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return lines.list.stream().filter(line -> line.getLoggerName().equals(logger)).toList();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return found;
    }
}
