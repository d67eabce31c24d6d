package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Users, signing in and tokens through the whole stack: the first admin from the environment, Argon2id hashes in
 * the real MariaDB, the credential memory and the query cache.
 */
class UsersApiTest extends FullStackTest {

    private static int counter;

    /** A name no other test of the class uses (the users table is kept between tests). */
    private static String uniqueName(String base) {
        return base + (++counter);
    }

    @Test
    void theFirstAdmin_comesFromTheEnvironment_andSeesThemselves() {
        Api.Response me = api.get("/api/users/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("name").asText()).isEqualTo(Api.ADMIN);
        assertThat(me.body().get("admin").asBoolean()).isTrue();
        assertThat(me.body().has("password")).isFalse();
        assertThat(me.body().get("lastSeenAt").isNull()).as("signed in just now").isFalse();
    }

    @Test
    void withoutCredentials_orWithWrongOnes_the401IsTheSameForAnUnknownNameAndAWrongPassword() {
        Api.Response anonymous = api.anonymous().get("/api/tracks");
        Api.Response wrongPassword = api.as(Api.ADMIN, "not-the-password").get("/api/tracks");
        Api.Response unknownName = api.as("nobody-at-all", "not-the-password").get("/api/tracks");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).contains("Basic realm=\"Tonearm\"", "Bearer");
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownName.status()).isEqualTo(401);
        assertThat(unknownName.body().get("detail")).isEqualTo(wrongPassword.body().get("detail"));
    }

    @Test
    void aPlainUser_readsTheCatalog_butIsRefusedTheAdminRoutes() {
        String name = uniqueName("reader");
        Api reader = api.newUser(name, "reader-password", false);

        assertThat(reader.get("/api/tracks").status()).isEqualTo(200);
        assertThat(reader.post("/api/tracks", "{}").status()).isEqualTo(403);
        assertThat(reader.post("/api/cache/invalidate").status()).isEqualTo(403);
        assertThat(reader.get("/api/users").status()).isEqualTo(403);
        assertThat(reader.get("/api/users/me").body().get("admin").asBoolean()).isFalse();
    }

    @Test
    void aNewUserWithABadNameAndPassword_isRefusedNamingBoth_andANameTakenInAnotherCaseIsA409() {
        Api.Response bad = api.post("/api/users", "{\"name\": \"a\\u0007b\", \"password\": \"short\"}");
        String name = uniqueName("Dup");
        api.newUser(name, "dup-password", false);
        Api.Response taken = api.post("/api/users",
                "{\"name\": \"" + name.toUpperCase(java.util.Locale.ROOT) + "\", \"password\": \"another-password\"}");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.invalidParams()).containsExactlyInAnyOrder("name", "password");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().get("type").asText()).isEqualTo("urn:tonearm:problem:user-name-taken");
    }

    @Test
    void aToken_isAnsweredOnce_signsIn_isListedWithoutItsSecret_andARevokedOneIsRefusedAtOnce() {
        Api owner = api.newUser(uniqueName("tokens"), "tokens-password", false);

        Api.Response issued = owner.post("/api/tokens", "{\"name\": \"phone\"}");
        String secret = issued.body().get("token").asText();
        Api phone = owner.withToken(secret);

        assertThat(issued.status()).isEqualTo(201);
        assertThat(secret).startsWith("tnrm_");
        assertThat(phone.get("/api/tracks").status()).isEqualTo(200);
        Api.Response listed = owner.get("/api/tokens");
        assertThat(listed.body().get("items")).hasSize(1);
        assertThat(listed.text()).contains("phone").doesNotContain(secret);
        assertThat(api.get("/api/tokens").body().get("items")).as("the admin's own: none").isEmpty();

        long id = issued.body().get("id").asLong();
        assertThat(api.delete("/api/tokens/" + id).status()).as("not the admin's token").isEqualTo(404);
        assertThat(phone.get("/api/tracks").status()).isEqualTo(200);
        assertThat(owner.delete("/api/tokens/" + id).status()).isEqualTo(204);

        assertThat(phone.get("/api/tracks").status()).as("remembered a moment ago, refused now").isEqualTo(401);
    }

    @Test
    void changingOnesOwnPassword_needsTheCurrentOne_andEndsTheOldPasswordAtOnce() {
        String name = uniqueName("changer");
        Api old = api.newUser(name, "old-password", false);
        assertThat(old.get("/api/tracks").status()).isEqualTo(200); // remembered from now on
        long id = old.get("/api/users/me").body().get("id").asLong();

        Api.Response wrong = old.put("/api/users/" + id + "/password",
                "{\"password\": \"new-password\", \"currentPassword\": \"not-it\"}");
        Api.Response other = old.put("/api/users/1/password", "{\"password\": \"new-password\"}");
        Api.Response changed = old.put("/api/users/" + id + "/password",
                "{\"password\": \"new-password\", \"currentPassword\": \"old-password\"}");

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.invalidParams()).containsExactly("currentPassword");
        assertThat(other.status()).as("another user's password").isEqualTo(403);
        assertThat(changed.status()).isEqualTo(204);
        assertThat(old.get("/api/tracks").status()).isEqualTo(401);
        assertThat(api.as(name, "new-password").get("/api/tracks").status()).isEqualTo(200);
    }

    @Test
    void removingAUser_endsTheirSignIns_andTheLastAdminCannotBeRemoved() {
        Api gone = api.newUser(uniqueName("leaver"), "leaver-password", false);
        assertThat(gone.get("/api/tracks").status()).isEqualTo(200);
        long id = gone.get("/api/users/me").body().get("id").asLong();
        long adminId = api.get("/api/users/me").body().get("id").asLong();

        assertThat(api.delete("/api/users/" + id).status()).isEqualTo(204);
        assertThat(gone.get("/api/tracks").status()).isEqualTo(401);
        assertThat(api.delete("/api/users/" + id).status()).isEqualTo(404);
        Api.Response last = api.delete("/api/users/" + adminId);
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.body().get("type").asText()).isEqualTo("urn:tonearm:problem:last-admin");
    }
}
