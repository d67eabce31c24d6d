package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.http.auth.AuthSettings;
import io.tonearm.application.users.testing.TestUsers;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.UserName;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The web app's cookie sessions: signing in and out, the cookie's flags, CSRF, and what ends a session. */
class SessionRoutesTest {
    private RunningApi api;
    private RunningApi anonymous;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        anonymous = api.anonymous();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** A browser's view of one session: the cookie it holds and the CSRF token the app keeps. */
    private record Browser(String cookie, String csrf) {
    }

    private Browser signIn(String name, String password) {
        RunningApi.Response response = anonymous.send("POST", "/api/session",
                "{\"name\": \"" + name + "\", \"password\": \"" + password + "\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        String setCookie = response.header("Set-Cookie");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        return new Browser(cookie, response.json().get("csrfToken").asText());
    }

    private RunningApi.Response send(Browser browser, String method, String path, String csrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(anonymous.uri(path)).header("Cookie", browser.cookie())
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return anonymous.send(request);
    }

    @Test
    void signingIn_setsAnHttpOnlyLaxSessionCookie_withARandom256BitId() {
        RunningApi.Response response = anonymous.send("POST", "/api/session",
                "{\"name\": \"" + TestUsers.USER + "\", \"password\": \"" + TestUsers.USER_PASSWORD + "\"}");

        assertThat(response.status()).isEqualTo(200);
        String cookie = response.header("Set-Cookie");
        assertThat(cookie).startsWith("tonearm_session=").contains("; HttpOnly", "; SameSite=Lax", "; Path=/",
                "; Max-Age=1209600").doesNotContain("Secure");
        String id = cookie.substring("tonearm_session=".length(), cookie.indexOf(';'));
        assertThat(id).matches("[A-Za-z0-9_-]{43}"); // 32 bytes, base64url
        assertThat(response.json().get("name").asText()).isEqualTo(TestUsers.USER);
        assertThat(response.json().get("admin").asBoolean()).isFalse();
        assertThat(response.json().get("csrfToken").asText()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(id);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theCookie_isSecure_whenTheRequestCameOverHttps() {
        RunningApi.Response response = anonymous.send(HttpRequest.newBuilder(anonymous.uri("/api/session"))
                .header("Content-Type", "application/json").header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + TestUsers.USER + "\", \"password\": \""
                        + TestUsers.USER_PASSWORD + "\"}")));

        assertThat(response.header("Set-Cookie")).contains("; Secure");
    }

    @Test
    void theCookie_signsInReads_andGetSessionSaysWhoWithTheCsrfToken() {
        Browser browser = signIn(TestUsers.USER, TestUsers.USER_PASSWORD);

        RunningApi.Response tracks = send(browser, "GET", "/api/tracks", null);
        RunningApi.Response session = send(browser, "GET", "/api/session", null);

        assertThat(tracks.status()).isEqualTo(200);
        assertThat(session.json().get("signedIn").asBoolean()).isTrue();
        assertThat(session.json().get("name").asText()).isEqualTo(TestUsers.USER);
        assertThat(session.json().get("csrfToken").asText()).isEqualTo(browser.csrf());
        assertThat(anonymous.get("/api/session").json().get("signedIn").asBoolean()).isFalse();
        assertThat(anonymous.get("/api/session").json().has("csrfToken")).isFalse();
    }

    @Test
    void aStateChangingRequestWithTheCookie_isRefused403_withoutTheMatchingCsrfToken() {
        Browser browser = signIn(TestUsers.USER, TestUsers.USER_PASSWORD);
        long track = api.library.add("/music/a.flac", "Song", "Artist", "Album").id().value();

        RunningApi.Response missing = send(browser, "PUT", "/api/tracks/" + track + "/favorite", null);
        RunningApi.Response wrong = send(browser, "PUT", "/api/tracks/" + track + "/favorite", "x" + browser.csrf());
        boolean favoriteAfterRefusals = api.library.getTrack(TrackId.of(track)).orElseThrow().favorite();
        RunningApi.Response right = send(browser, "PUT", "/api/tracks/" + track + "/favorite", browser.csrf());

        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("type").asText()).isEqualTo("urn:tonearm:problem:forbidden");
        assertThat(missing.json().get("detail").asText()).contains("X-CSRF-Token");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(favoriteAfterRefusals).isFalse();
        assertThat(right.status()).isEqualTo(204);
        assertThat(api.library.getTrack(TrackId.of(track)).orElseThrow().favorite()).isTrue();
    }

    @Test
    void basicAndBearerRequests_needNoCsrfToken() {
        long track = api.library.add("/music/a.flac", "Song", "Artist", "Album").id().value();

        assertThat(api.asUser().send("PUT", "/api/tracks/" + track + "/favorite").status()).isEqualTo(204);
    }

    @Test
    void signingOut_endsTheSession_andClearsTheCookie() {
        Browser browser = signIn(TestUsers.USER, TestUsers.USER_PASSWORD);

        RunningApi.Response withoutToken = send(browser, "DELETE", "/api/session", null);
        RunningApi.Response out = send(browser, "DELETE", "/api/session", browser.csrf());
        RunningApi.Response after = send(browser, "GET", "/api/tracks", null);

        assertThat(withoutToken.status()).as("signing out is CSRF-protected too").isEqualTo(403);
        assertThat(out.status()).isEqualTo(204);
        assertThat(out.header("Set-Cookie")).startsWith("tonearm_session=;").contains("Max-Age=0");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("WWW-Authenticate")).as("no Basic dialog in the browser")
                .isEqualTo("Session realm=\"Tonearm\"");
        assertThat(after.header("Set-Cookie")).as("a dead cookie is cleared").contains("Max-Age=0");
        assertThat(send(browser, "GET", "/api/session", null).json().get("signedIn").asBoolean()).isFalse();
    }

    @Test
    void aPasswordChange_orTheUsersRemoval_endsTheirSessions() {
        Browser browser = signIn(TestUsers.USER, TestUsers.USER_PASSWORD);
        var id = api.users.accounts.findUserByName(UserName.of(TestUsers.USER)).orElseThrow().id();
        assertThat(send(browser, "GET", "/api/tracks", null).status()).isEqualTo(200);

        api.users.accounts.setPassword(id, Password.of("a-new-password"));
        assertThat(send(browser, "GET", "/api/tracks", null).status()).isEqualTo(401);

        Browser renewed = signIn(TestUsers.USER, "a-new-password");
        assertThat(send(renewed, "GET", "/api/tracks", null).status()).isEqualTo(200);
        api.users.accounts.deleteUser(id);
        assertThat(send(renewed, "GET", "/api/tracks", null).status()).isEqualTo(401);
    }

    @Test
    void anAdminsSession_reachesAdminRoutes_andAUsersSessionDoesNot() {
        Browser admin = signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        Browser user = signIn(TestUsers.USER, TestUsers.USER_PASSWORD);

        assertThat(send(admin, "GET", "/api/users", null).status()).isEqualTo(200);
        assertThat(send(user, "GET", "/api/users", null).status()).isEqualTo(403);
    }

    @Test
    void aWrongPassword_isA401WithoutABasicChallenge_andNoCookie() {
        RunningApi.Response wrong = anonymous.send("POST", "/api/session",
                "{\"name\": \"" + TestUsers.USER + "\", \"password\": \"wrong-password\"}");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("detail").asText()).isEqualTo("wrong user name or password");
        assertThat(wrong.header("WWW-Authenticate")).isEqualTo("Session realm=\"Tonearm\"");
        assertThat(wrong.header("Set-Cookie")).isNull();
    }

    @Test
    void signingIn_isLimitedLikeBasic_byTheSameFailureCounts() {
        try (RunningApi limited = RunningApi.start(new AuthSettings(Duration.ofMinutes(2), 100, 2,
                Duration.ofHours(1)))) {
            limited.as(TestUsers.USER, "wrong-password").get("/api/tracks"); // a Basic failure counts too
            limited.anonymous().send("POST", "/api/session",
                    "{\"name\": \"" + TestUsers.USER + "\", \"password\": \"wrong-again\"}");

            RunningApi.Response refused = limited.anonymous().send("POST", "/api/session",
                    "{\"name\": \"" + TestUsers.USER + "\", \"password\": \"" + TestUsers.USER_PASSWORD + "\"}");

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).isNotNull();
        }
    }

    @Test
    void aSignInWithoutNameOrPassword_isA400NamingBoth() {
        RunningApi.Response missing = anonymous.send("POST", "/api/session", "{}");
        RunningApi.Response unknown = anonymous.send("POST", "/api/session", "{\"user\": \"x\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.invalidParamNames()).containsExactly("name", "password");
        assertThat(unknown.invalidParamNames()).containsExactly("user");
    }
}
