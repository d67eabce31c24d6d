package io.tonearm.application.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.application.users.testing.PassThroughCache;
import io.tonearm.application.users.testing.TestUsers;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.user.Credentials;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.TokenName;
import io.tonearm.domain.user.User;
import io.tonearm.domain.user.UserName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The users' use cases over in-memory ports: signing in, what ends a sign-in, and the guards. */
class UserAccountsServiceTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final PassThroughCache cache = new PassThroughCache();
    private final TestUsers fixture = TestUsers.create(cache, new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });
    private final UserAccounts accounts = fixture.accounts;

    private User listener() {
        return accounts.findUserByName(UserName.of(TestUsers.USER)).orElseThrow();
    }

    @Test
    void theRightPassword_signsIn_ignoringTheNamesCase_andNotesWhenTheUserWasSeen() {
        SignIn signIn = accounts.verify(Credentials.password("LISTENER", TestUsers.USER_PASSWORD)).orElseThrow();

        assertThat(signIn.caller().name().value()).isEqualTo(TestUsers.USER);
        assertThat(signIn.caller().admin()).isFalse();
        assertThat(signIn.expiresAt()).isNull();
        assertThat(listener().lastSeenAt()).isEqualTo(now.get());
        assertThat(accounts.recheck(signIn)).contains(signIn.caller());
    }

    @Test
    void anUnknownName_checksADecoyHash_likeAWrongPassword_andBothSignNobodyIn() {
        int before = fixture.hasher.checks();

        assertThat(accounts.verify(Credentials.password("nobody", "whatever-password"))).isEmpty();
        assertThat(accounts.verify(Credentials.password(TestUsers.USER, "wrong-password"))).isEmpty();

        assertThat(fixture.hasher.checks() - before).as("one hash check each").isEqualTo(2);
        assertThat(listener().lastSeenAt()).isNull();
    }

    @Test
    void anOversizedPassword_isRefusedWithoutHashing() {
        int before = fixture.hasher.checks();

        assertThat(accounts.verify(Credentials.password(TestUsers.USER, "x".repeat(Password.MAX_BYTES + 1))))
                .isEmpty();
        assertThat(fixture.hasher.checks()).isEqualTo(before);
    }

    @Test
    void aPasswordChange_endsRememberedSignIns_andDropsTheCachedState() {
        SignIn signIn = accounts.verify(Credentials.password(TestUsers.USER, TestUsers.USER_PASSWORD)).orElseThrow();

        assertThat(accounts.setPassword(listener().id(), Password.of("a-new-password"))).isTrue();

        assertThat(accounts.recheck(signIn)).isEmpty();
        assertThat(cache.invalidated).contains("users.credentials " + listener().id().value());
        assertThat(accounts.verify(Credentials.password(TestUsers.USER, TestUsers.USER_PASSWORD))).isEmpty();
        assertThat(accounts.verify(Credentials.password(TestUsers.USER, "a-new-password"))).isPresent();
    }

    @Test
    void changingOnesOwnPassword_needsTheCurrentOne() {
        assertThatThrownBy(() -> accounts.changeOwnPassword(listener().id(), "wrong", Password.of("new-password")))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("currentPassword");
        assertThat(accounts.changeOwnPassword(listener().id(), TestUsers.USER_PASSWORD, Password.of("new-password")))
                .isTrue();
        assertThat(accounts.verify(Credentials.password(TestUsers.USER, "new-password"))).isPresent();
    }

    @Test
    void aToken_signsIn_untilItIsRevoked_orExpires() {
        IssuedToken forever = accounts.issueToken(listener().id(), TokenName.of("phone"), null);
        IssuedToken hour = accounts.issueToken(listener().id(), TokenName.of("tv"), now.get().plusSeconds(3600));
        SignIn viaForever = accounts.verify(Credentials.token(forever.secret())).orElseThrow();
        SignIn viaHour = accounts.verify(Credentials.token(hour.secret())).orElseThrow();

        assertThat(forever.secret()).startsWith("tnrm_").hasSize(48);
        assertThat(viaHour.expiresAt()).isEqualTo(now.get().plusSeconds(3600));
        now.set(now.get().plus(Duration.ofHours(1)));
        assertThat(accounts.recheck(viaHour)).as("expired").isEmpty();
        assertThat(accounts.verify(Credentials.token(hour.secret()))).isEmpty();
        assertThat(accounts.recheck(viaForever)).isPresent();

        assertThat(accounts.deleteToken(listener().id(), forever.token().id())).isTrue();
        assertThat(accounts.recheck(viaForever)).isEmpty();
        assertThat(accounts.verify(Credentials.token(forever.secret()))).isEmpty();
        assertThat(accounts.listTokens(listener().id())).extracting(t -> t.name().value()).containsExactly("tv");
    }

    @Test
    void aTokenOfTheWrongShape_isRefusedWithoutALookup() {
        assertThat(accounts.verify(Credentials.token("tnrm_short"))).isEmpty();
        assertThat(accounts.verify(Credentials.token(""))).isEmpty();
    }

    @Test
    void removingAUser_endsTheirSignIns_butNotTheOnlyAdmin() {
        SignIn signIn = accounts.verify(Credentials.password(TestUsers.USER, TestUsers.USER_PASSWORD)).orElseThrow();
        User admin = accounts.findUserByName(UserName.of(TestUsers.ADMIN)).orElseThrow();

        assertThat(accounts.deleteUser(listener().id())).isTrue();

        assertThat(accounts.recheck(signIn)).isEmpty();
        assertThatThrownBy(() -> accounts.deleteUser(admin.id())).isInstanceOf(LastAdminException.class)
                .hasMessageContaining("only admin");
        assertThat(accounts.createFirstAdmin(UserName.of("other"), Password.of("other-password")))
                .as("users exist").isEmpty();
    }

    @Test
    void secretsNeverShowInToStrings() {
        IssuedToken token = accounts.issueToken(listener().id(), TokenName.of("phone"), null);

        assertThat(token.toString()).doesNotContain(token.secret());
        assertThat(Credentials.token(token.secret()).toString()).doesNotContain(token.secret());
        assertThat(Credentials.password("sam", "hunter2-long").toString()).doesNotContain("hunter2");
        assertThat(Password.of("hunter2-long").toString()).doesNotContain("hunter2");
    }

    // ---- Subsonic passwords

    private static String md5(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aSubsonicPassword_signsIn_plainOrAsSaltedToken_andIsNotTheLoginPassword() throws Exception {
        assertThat(accounts.setSubsonicPassword(listener().id(), Password.of("subsonic-secret"))).isTrue();

        SignIn plain = accounts.verify(Credentials.subsonicPassword("Listener", "subsonic-secret")).orElseThrow();
        assertThat(plain.caller().name().value()).isEqualTo(TestUsers.USER);
        assertThat(plain.expiresAt()).isNull();
        assertThat(listener().lastSeenAt()).isEqualTo(now.get());
        assertThat(accounts.recheck(plain)).contains(plain.caller());
        String token = md5("subsonic-secret" + "c19b2d");
        assertThat(accounts.verify(Credentials.subsonicToken(TestUsers.USER, token, "c19b2d"))).isPresent();
        assertThat(accounts.verify(Credentials.subsonicToken(TestUsers.USER, token.toUpperCase(), "c19b2d")))
                .as("hex is hex in either case").isPresent();

        assertThat(accounts.verify(Credentials.subsonicToken(TestUsers.USER, token, "other-salt"))).isEmpty();
        assertThat(accounts.verify(Credentials.subsonicPassword(TestUsers.USER, "subsonic-secreT"))).isEmpty();
        assertThat(accounts.verify(Credentials.subsonicPassword(TestUsers.USER, TestUsers.USER_PASSWORD)))
                .as("the login password is not a Subsonic password").isEmpty();
        assertThat(accounts.verify(Credentials.password(TestUsers.USER, "subsonic-secret")))
                .as("nor the other way round").isEmpty();
    }

    @Test
    void subsonicCredentials_ofAnUnknownOrOverlongName_signNobodyIn() throws Exception {
        assertThat(accounts.verify(Credentials.subsonicPassword("nobody", "subsonic-secret"))).isEmpty();
        assertThat(accounts.verify(Credentials.subsonicToken("nobody", md5("x" + "s"), "s"))).isEmpty();
        assertThat(accounts.verify(Credentials.subsonicPassword("n".repeat(4 * UserName.MAX_LENGTH + 1), "x")))
                .isEmpty();
    }

    @Test
    void subsonicCredentials_ofAUserWithoutASubsonicPassword_sayHowToSetOne() {
        assertThatThrownBy(() -> accounts.verify(Credentials.subsonicToken(TestUsers.USER, "ab", "cd")))
                .isInstanceOf(NoSubsonicPasswordException.class)
                .hasMessageContaining(TestUsers.USER).hasMessageContaining("/api/users/me/subsonic-password");
        assertThatThrownBy(() -> accounts.verify(Credentials.subsonicPassword(TestUsers.USER, "whatever")))
                .isInstanceOf(NoSubsonicPasswordException.class);
        assertThat(listener().lastSeenAt()).isNull();
    }

    @Test
    void aNewSubsonicPassword_endsTheSignInsOfTheOldOne() {
        accounts.setSubsonicPassword(listener().id(), Password.of("first-subsonic"));
        SignIn old = accounts.verify(Credentials.subsonicPassword(TestUsers.USER, "first-subsonic")).orElseThrow();

        accounts.setSubsonicPassword(listener().id(), Password.of("second-subsonic"));

        assertThat(accounts.recheck(old)).isEmpty();
        assertThat(accounts.verify(Credentials.subsonicPassword(TestUsers.USER, "first-subsonic"))).isEmpty();
        assertThat(accounts.verify(Credentials.subsonicPassword(TestUsers.USER, "second-subsonic"))).isPresent();
    }

    @Test
    void aGeneratedSubsonicPassword_isLongAndRandom_andSignsIn() {
        Password first = accounts.generateSubsonicPassword(listener().id()).orElseThrow();
        Password second = accounts.generateSubsonicPassword(listener().id()).orElseThrow();

        assertThat(first.value()).hasSize(SubsonicAccess.GENERATED_LENGTH).matches("[A-Za-z0-9]+");
        assertThat(second.value()).hasSize(SubsonicAccess.GENERATED_LENGTH).isNotEqualTo(first.value());
        assertThat(accounts.verify(Credentials.subsonicPassword(TestUsers.USER, second.value()))).isPresent();
        assertThat(accounts.verify(Credentials.subsonicPassword(TestUsers.USER, first.value()))).isEmpty();
    }

    @Test
    void aSubsonicPassword_forAnUnknownUser_isNotStored() {
        io.tonearm.domain.user.UserId nobody = io.tonearm.domain.user.UserId.of(999_999);
        assertThat(accounts.setSubsonicPassword(nobody, Password.of("subsonic-secret"))).isFalse();
        assertThat(accounts.generateSubsonicPassword(nobody)).isEmpty();
    }

    @Test
    void aNewSubsonicPassword_dropsTheCachedCredentialState_inEveryProcessSharingTheCache() {
        io.tonearm.application.fakes.InMemoryQueryCache shared = new io.tonearm.application.fakes.InMemoryQueryCache();
        UserAccounts cached = TestUsers.create(shared, Clock.systemUTC()).accounts;
        User user = cached.findUserByName(UserName.of(TestUsers.USER)).orElseThrow();
        cached.setSubsonicPassword(user.id(), Password.of("first-subsonic"));
        SignIn signIn = cached.verify(Credentials.subsonicPassword(TestUsers.USER, "first-subsonic")).orElseThrow();
        assertThat(cached.recheck(signIn)).isPresent();
        assertThat(shared.holds(UserQueries.CREDENTIALS, UserQueries.key(user.id()))).isTrue();

        cached.setSubsonicPassword(user.id(), Password.of("second-subsonic"));

        assertThat(shared.holds(UserQueries.CREDENTIALS, UserQueries.key(user.id()))).isFalse();
        assertThat(cached.recheck(signIn)).isEmpty();
    }
}
