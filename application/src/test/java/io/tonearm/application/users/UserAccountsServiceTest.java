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
}
