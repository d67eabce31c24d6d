package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.http.auth.Access;
import io.tonearm.application.monitoring.CacheMonitor;
import io.tonearm.application.monitoring.MonitorSettings;
import io.tonearm.application.users.IssuedToken;
import io.tonearm.application.users.testing.TestUsers;
import io.tonearm.domain.user.TokenName;
import io.tonearm.domain.user.UserName;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every route the server registers, taken from the server itself (so that a new route cannot be forgotten): each
 * has exactly one {@link Access}; every user and admin route refuses anonymous, wrong-password, malformed,
 * unknown-token and revoked-token requests with 401, every admin route refuses a plain user with 403, and every
 * Subsonic route refuses the same with a Subsonic error.
 */
class RouteProtectionTest {
    private static RunningApi api;
    private static List<JavalinApiServer.Route> routes;
    private static String revokedToken;
    /** The plain user's id: a user route with an id is called with it (a user may change their own password). */
    private static long userId;

    @BeforeAll
    static void start() {
        CacheMonitor monitor = CacheMonitor.create(new StubQueryCache(), MonitorSettings.defaults(),
                Clock.systemUTC());
        api = RunningApi.withCacheMonitor(monitor); // the cache routes exist only with a monitor
        routes = ((JavalinApiServer) api.server).routes();
        var user = api.users.accounts.findUserByName(UserName.of(TestUsers.USER)).orElseThrow();
        userId = user.id().value();
        IssuedToken token = api.users.accounts.issueToken(user.id(), TokenName.of("revoked"), null);
        assertThat(api.withToken(token.secret()).get("/api/tracks").status()).as("works before").isEqualTo(200);
        assertThat(api.users.accounts.deleteToken(user.id(), token.token().id())).isTrue();
        revokedToken = token.secret();
        // a Subsonic password of their own (the login password is not one), whatever PUT .../subsonic-password sets
        api.users.accounts.setSubsonicPassword(user.id(), io.tonearm.domain.user.Password.of("subsonic-password"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theServerRegistersTheRoutesThisTestWalks() {
        assertThat(routes).extracting(route -> route.method() + " " + route.path())
                .contains("GET /api/tracks", "POST /api/tracks", "DELETE /api/tracks/{id}", "POST /api/library/scans",
                        "POST /api/cache/invalidate", "GET /api/users", "POST /api/users", "PUT /api/users/{id}/password",
                        "POST /api/tokens", "DELETE /api/tokens/{id}", "GET /api/tracks/{id}/stream",
                        "PUT /api/users/me/subsonic-password", "GET /rest/{method}", "POST /rest/{method}",
                        "HEAD /api/tracks/{id}/stream", "GET /api/tracks/{id}/download",
                        "HEAD /api/tracks/{id}/download", "GET /api/tracks/{id}/cover", "HEAD /api/tracks/{id}/cover",
                        "GET /api/albums/{id}/cover", "HEAD /api/albums/{id}/cover", "POST /api/library/enrichments",
                        "PUT /api/albums/{id}/match", "GET /api/openapi.json", "GET /api/docs",
                        "GET /api/docs/{file}", "GET /metrics", "HEAD /metrics", "GET /health/live",
                        "GET /health/ready", "GET /api/session", "POST /api/session", "DELETE /api/session", "GET /",
                        "GET /app/js/main.js", "PUT /api/users/me/listenbrainz", "GET /api/users/me/scrobbles",
                        "GET /api/playlists", "POST /api/playlists", "GET /api/playlists/{id}",
                        "HEAD /api/playlists/{id}", "PATCH /api/playlists/{id}", "DELETE /api/playlists/{id}",
                        "GET /api/playlists/{id}.m3u8", "PUT /api/playlists/{id}/tracks",
                        "POST /api/playlists/{id}/tracks", "PATCH /api/playlists/{id}/tracks/{index}",
                        "DELETE /api/playlists/{id}/tracks/{index}");
    }

    @TestFactory
    List<DynamicTest> everyRoute_hasExactlyOneAccess() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JavalinApiServer.Route route : routes) {
            tests.add(DynamicTest.dynamicTest(route.method() + " " + route.path(), () ->
                    assertThat(route.roles()).as("the Access of " + route).hasSize(1)
                            .allSatisfy(role -> assertThat(role).isInstanceOf(Access.class))));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyProtectedRoute_refusesWhoeverDoesNotSignIn() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JavalinApiServer.Route route : protectedRoutes()) {
            tests.add(DynamicTest.dynamicTest(route.method() + " " + route.path(), () -> {
                assertUnauthenticated(send(api.anonymous(), route), route, "anonymous");
                assertUnauthenticated(send(api.as(TestUsers.USER, "wrong-password"), route), route, "wrong password");
                assertUnauthenticated(send(api.as("nobody", TestUsers.USER_PASSWORD), route), route, "unknown name");
                assertUnauthenticated(send(api.withToken(revokedToken), route), route, "revoked token");
                assertUnauthenticated(send(api.withToken("tnrm_" + "x".repeat(43)), route), route, "unknown token");
                assertUnauthenticated(send(api.withAuthorization("Digest abc"), route), route, "other scheme");
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyAdminRoute_refusesAPlainUser_andLetsAnAdminThrough() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JavalinApiServer.Route route : routes) {
            if (!route.roles().contains(Access.ADMIN)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(route.method() + " " + route.path(), () -> {
                RunningApi.Response refused = send(api.asUser(), route);
                assertThat(refused.status()).as("a plain user on " + route).isEqualTo(403);
                if (!route.method().equals("HEAD")) {
                    assertThat(refused.json().get("type").asText()).isEqualTo("urn:tonearm:problem:forbidden");
                }
                // an id nobody has: the admin's call must not remove the plain user the other tests sign in as
                assertThat(send(api, route, 999_999).status()).as("the admin on " + route).isNotIn(401, 403);
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyUserRoute_letsAPlainUserThrough() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JavalinApiServer.Route route : routes) {
            if (!route.roles().contains(Access.USER)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(route.method() + " " + route.path(), () ->
                    assertThat(send(api.asUser(), route).status()).as("a plain user on " + route).isNotIn(401, 403)));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyPublicRoute_answersAnonymousCallers() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JavalinApiServer.Route route : routes) {
            if (!route.roles().contains(Access.PUBLIC)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(route.method() + " " + route.path(), () -> {
                assertThat(send(api.anonymous(), route).status()).isNotIn(401, 403);
                assertThat(send(api.as("nobody", "wrong-password"), route).status())
                        .as("wrong credentials do not close a public route").isNotIn(401, 403);
            }));
        }
        return tests;
    }

    /**
     * Subsonic's routes sign callers in from their own parameters and refuse them as Subsonic clients expect: HTTP
     * 200 with a Subsonic error (10 without credentials, 40 for wrong ones), never a 401 and never the method's
     * answer.
     */
    @TestFactory
    List<DynamicTest> everySubsonicRoute_refusesWhoeverDoesNotSignIn_withASubsonicError() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JavalinApiServer.Route route : routes) {
            if (!route.roles().contains(Access.SUBSONIC)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(route.method() + " " + route.path(), () -> {
                assertSubsonicError(send(api.anonymous(), route, "/rest/ping?f=json"), 10);
                assertSubsonicError(send(api.anonymous(), route, "/rest/ping?f=json&u=" + TestUsers.USER
                        + "&p=wrong-password"), 40);
                assertSubsonicError(send(api.anonymous(), route, "/rest/ping?f=json&u=nobody&p=x"), 40);
                assertSubsonicError(send(api.anonymous(), route, "/rest/ping?f=json&apiKey=" + revokedToken), 44);
                assertSubsonicError(send(api.asUser(), route, "/rest/ping?f=json"), 42);
                assertSubsonicError(send(api.anonymous(), route, "/rest/getUsers?f=json&u=" + TestUsers.USER
                        + "&p=" + TestUsers.USER_PASSWORD), 40);
            }));
        }
        return tests;
    }

    private static RunningApi.Response send(RunningApi client, JavalinApiServer.Route route, String path) {
        return client.send(HttpRequest.newBuilder(client.uri(path)).method(route.method(),
                HttpRequest.BodyPublishers.noBody()));
    }

    private static void assertSubsonicError(RunningApi.Response response, int code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().at("/subsonic-response/status").asText()).isEqualTo("failed");
        assertThat(response.json().at("/subsonic-response/error/code").asInt()).as(response.body()).isEqualTo(code);
    }

    private static List<JavalinApiServer.Route> protectedRoutes() {
        return routes.stream().filter(route -> route.roles().contains(Access.USER)
                || route.roles().contains(Access.ADMIN)).toList();
    }

    /** Sends an empty JSON object where a body may be expected; ids are the plain user's. */
    private static RunningApi.Response send(RunningApi client, JavalinApiServer.Route route) {
        return send(client, route, userId);
    }

    private static RunningApi.Response send(RunningApi client, JavalinApiServer.Route route, long id) {
        // other path parameters (a file name) get a value no route has
        String path = route.path().replace("{id}", Long.toString(id)).replaceAll("\\{[A-Za-z]+}", "unknown");
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(path));
        if (route.method().equals("GET") || route.method().equals("HEAD") || route.method().equals("DELETE")) {
            request.method(route.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(route.method(), HttpRequest.BodyPublishers.ofString("{}"));
        }
        return client.send(request);
    }

    private static void assertUnauthenticated(RunningApi.Response response, JavalinApiServer.Route route,
                                              String who) {
        assertThat(response.status()).as(who + " on " + route).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).as(who + " on " + route).contains("Basic realm=")
                .contains("Bearer realm=");
        if (!route.method().equals("HEAD")) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asText()).isEqualTo("urn:tonearm:problem:unauthorized");
        }
    }
}
