package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.http.auth.AuthSettings;
import io.tonearm.application.users.testing.TestUsers;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.UserName;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Signing in over HTTP: remembered credentials, what ends them, and the limits on failures. */
class AuthenticationTest {
    private static AuthSettings limits(int perAddress, int perName) {
        return new AuthSettings(Duration.ofMinutes(2), perAddress, perName, Duration.ofHours(1));
    }

    @Test
    void repeatedFailuresFromOneAddress_areRefusedWith429AndRetryAfter_beforeAnyPasswordIsChecked() {
        try (RunningApi api = RunningApi.start(limits(3, 100))) {
            for (int i = 0; i < 3; i++) {
                assertThat(api.as(TestUsers.USER, "wrong-password").get("/api/tracks").status()).isEqualTo(401);
            }
            int checks = api.users.hasher.checks();

            RunningApi.Response refused = api.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).anonymous()
                    .as(TestUsers.USER, TestUsers.USER_PASSWORD).get("/api/tracks");

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json().get("type").asText()).isEqualTo("urn:tonearm:problem:too-many-failures");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
            assertThat(api.users.hasher.checks()).as("nothing checked").isEqualTo(checks);
        }
    }

    @Test
    void aSuccess_resetsTheFailuresOfItsAddressAndName() {
        try (RunningApi api = RunningApi.start(limits(3, 3))) {
            RunningApi wrong = api.as(TestUsers.USER, "wrong-password");
            RunningApi right = api.asUser();
            assertThat(wrong.get("/api/tracks").status()).isEqualTo(401);
            assertThat(wrong.get("/api/tracks").status()).isEqualTo(401);
            assertThat(right.get("/api/tracks").status()).isEqualTo(200);
            assertThat(wrong.get("/api/tracks").status()).isEqualTo(401);
            assertThat(wrong.get("/api/tracks").status()).isEqualTo(401);

            assertThat(api.as(TestUsers.USER, "other-wrong-one").get("/api/tracks").status())
                    .as("the third failure since the success, not the fifth").isEqualTo(401);
        }
    }

    @Test
    void failuresForOneName_refuseThatNameOnly() {
        try (RunningApi api = RunningApi.start(limits(100, 2))) {
            api.as(TestUsers.ADMIN, "wrong-password").get("/api/tracks");
            api.as("ADMIN", "wrong-password").get("/api/tracks");

            assertThat(api.get("/api/tracks").status()).as("the admin's name, any case").isEqualTo(429);
            assertThat(api.asUser().get("/api/tracks").status()).isEqualTo(200);
        }
    }

    @Test
    void aVerifiedPassword_isRemembered_soAnotherRequestChecksNoHash() {
        try (RunningApi api = RunningApi.start()) {
            RunningApi user = api.asUser();
            assertThat(user.get("/api/tracks").status()).isEqualTo(200);
            int checks = api.users.hasher.checks();

            for (int i = 0; i < 5; i++) {
                assertThat(user.get("/api/tracks").status()).isEqualTo(200);
            }

            assertThat(api.users.hasher.checks()).isEqualTo(checks);
        }
    }

    @Test
    void aPasswordChange_orTheUsersRemoval_endsTheRememberedSignInOnTheNextRequest() {
        try (RunningApi api = RunningApi.start()) {
            RunningApi user = api.asUser();
            assertThat(user.get("/api/tracks").status()).isEqualTo(200);
            var id = api.users.accounts.findUserByName(UserName.of(TestUsers.USER)).orElseThrow().id();

            api.users.accounts.setPassword(id, Password.of("a-new-password"));
            assertThat(user.get("/api/tracks").status()).isEqualTo(401);
            RunningApi renewed = api.as(TestUsers.USER, "a-new-password");
            assertThat(renewed.get("/api/tracks").status()).isEqualTo(200);

            api.users.accounts.deleteUser(id);
            assertThat(renewed.get("/api/tracks").status()).isEqualTo(401);
        }
    }

    @Test
    void theCaller_isWhoTheHandlersSee() {
        try (RunningApi api = RunningApi.start()) {
            RunningApi.Response me = api.asUser().get("/api/users/me");

            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().get("name").asText()).isEqualTo(TestUsers.USER);
            assertThat(me.json().get("admin").asBoolean()).isFalse();
        }
    }

    @Test
    void malformedCredentials_areA401SayingWhatIsWrong() {
        try (RunningApi api = RunningApi.start()) {
            RunningApi.Response notBase64 = api.withAuthorization("Basic ***").get("/api/tracks");
            RunningApi.Response noColon = api.withAuthorization("Basic bm9jb2xvbg==").get("/api/tracks");
            RunningApi.Response emptyBearer = api.withAuthorization("Bearer ").get("/api/tracks");

            assertThat(notBase64.status()).isEqualTo(401);
            assertThat(notBase64.json().get("detail").asText()).contains("base64");
            assertThat(noColon.status()).isEqualTo(401);
            assertThat(noColon.json().get("detail").asText()).contains("name:password");
            assertThat(emptyBearer.status()).isEqualTo(401);
        }
    }

    @Test
    void aNewUserWithEveryFieldWrong_isA400NamingEachField() {
        try (RunningApi api = RunningApi.start()) {
            RunningApi.Response bad = api.send("POST", "/api/users", "{\"name\": \"a:b\", \"password\": \"short\"}");
            RunningApi.Response missing = api.send("POST", "/api/users", "{}");
            RunningApi.Response tooLong = api.send("POST", "/api/users",
                    "{\"name\": \"" + "n".repeat(65) + "\", \"password\": \"" + "p".repeat(1025) + "\"}");

            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.invalidParamNames()).containsExactly("name", "password");
            assertThat(missing.invalidParamNames()).containsExactly("name", "password");
            assertThat(tooLong.invalidParamNames()).containsExactly("name", "password");
        }
    }

    @Test
    void aTokenWithAnExpiryInThePast_isRefusedNamingIt() {
        try (RunningApi api = RunningApi.start()) {
            RunningApi.Response past = api.send("POST", "/api/tokens",
                    "{\"name\": \"old\", \"expiresAt\": \"2000-01-01T00:00:00Z\"}");
            RunningApi.Response blank = api.send("POST", "/api/tokens", "{\"name\": \" \"}");

            assertThat(past.status()).isEqualTo(400);
            assertThat(past.invalidParamNames()).containsExactly("expiresAt");
            assertThat(blank.invalidParamNames()).containsExactly("name");
        }
    }
}
