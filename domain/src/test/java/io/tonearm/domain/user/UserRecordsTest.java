package io.tonearm.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The records of accounts and tokens: which part is missing is named, and secrets never show in a string. */
class UserRecordsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final TokenHash HASH = new TokenHash("a".repeat(64));
    private static final PasswordHash PASSWORD_HASH = new PasswordHash("$argon2id$v=19$secret");

    @Test
    void aUser_namesTheFirstMissingPart() {
        assertThat(fieldOf(() -> new User(null, UserName.of("ann"), false, NOW, null))).isEqualTo("id");
        assertThat(fieldOf(() -> new User(UserId.of(1), null, false, NOW, null))).isEqualTo("name");
        assertThat(fieldOf(() -> new User(UserId.of(1), UserName.of("ann"), false, null, null))).isEqualTo("createdAt");
    }

    @Test
    void aUser_mayNeverHaveBeenSeen() {
        User unseen = new User(UserId.of(1), UserName.of("ann"), true, NOW, null);
        User seen = new User(UserId.of(1), UserName.of("ann"), true, NOW, NOW.plusSeconds(5));

        assertThat(unseen.lastSeen()).isEmpty();
        assertThat(seen.lastSeen()).contains(NOW.plusSeconds(5));
    }

    @Test
    void aNewUser_namesTheMissingPart() {
        assertThat(fieldOf(() -> new NewUser(null, PASSWORD_HASH, false, NOW))).isEqualTo("name");
        assertThat(fieldOf(() -> new NewUser(UserName.of("ann"), null, false, NOW))).isEqualTo("password");
        assertThat(fieldOf(() -> new NewUser(UserName.of("ann"), PASSWORD_HASH, false, null))).isEqualTo("createdAt");
        assertThat(new NewUser(UserName.of("ann"), PASSWORD_HASH, true, NOW).admin()).isTrue();
    }

    @Test
    void aToken_namesTheFirstMissingPart() {
        TokenId id = TokenId.of(3);
        UserId owner = UserId.of(1);
        TokenName name = TokenName.of("phone");
        assertThat(fieldOf(() -> new ApiToken(null, owner, name, NOW, null))).isEqualTo("id");
        assertThat(fieldOf(() -> new ApiToken(id, null, name, NOW, null))).isEqualTo("owner");
        assertThat(fieldOf(() -> new ApiToken(id, owner, null, NOW, null))).isEqualTo("name");
        assertThat(fieldOf(() -> new ApiToken(id, owner, name, null, null))).isEqualTo("createdAt");
        assertThat(new ApiToken(id, owner, name, NOW, null).isExpiredAt(NOW.plusSeconds(1_000_000))).isFalse();
    }

    @Test
    void aNewToken_refusesAMissingPart() {
        UserId owner = UserId.of(1);
        TokenName name = TokenName.of("phone");
        assertThat(fieldOf(() -> new NewApiToken(null, name, HASH, NOW, null))).isEqualTo("token");
        assertThat(fieldOf(() -> new NewApiToken(owner, null, HASH, NOW, null))).isEqualTo("name");
        assertThat(fieldOf(() -> new NewApiToken(owner, name, null, NOW, null))).isEqualTo("token");
        assertThat(fieldOf(() -> new NewApiToken(owner, name, HASH, null, null))).isEqualTo("token");
        assertThat(new NewApiToken(owner, name, HASH, NOW, null).expiresAt()).isNull();
    }

    @Test
    void ids_startAtOne() {
        assertThat(UserId.of(1).value()).isEqualTo(1);
        assertThat(TokenId.of(1).value()).isEqualTo(1);
        assertThat(fieldOf(() -> UserId.of(0))).isEqualTo("userId");
        assertThat(fieldOf(() -> TokenId.of(0))).isEqualTo("tokenId");
    }

    @Test
    void idsAndNames_printAsTheirValue() {
        assertThat(UserId.of(42)).hasToString("42");
        assertThat(TokenId.of(7)).hasToString("7");
        assertThat(UserName.of("ann")).hasToString("ann");
        assertThat(TokenName.of("my phone")).hasToString("my phone");
    }

    @Test
    void secrets_neverShowInTheirString() {
        assertThat(Password.of("hunter2hunter2")).hasToString("Password[hidden]");
        assertThat(PASSWORD_HASH).hasToString("PasswordHash[hidden]");
        assertThat(HASH).hasToString("TokenHash[aaaaaaaa...]");
        assertThat(Credentials.password("ann", "hunter2hunter2"))
                .hasToString("NameAndPassword[name=ann, password=hidden]");
        assertThat(Credentials.token("s3cr3t")).hasToString("Token[hidden]");
        assertThat(Credentials.subsonicPassword("ann", "s3cr3t"))
                .hasToString("SubsonicPassword[name=ann, password=hidden]");
        assertThat(Credentials.subsonicToken("ann", "0123abcd", "salt"))
                .hasToString("SubsonicToken[name=ann, token=hidden]");
        assertThat(Credentials.subsonicToken("ann", "t", "s")).isEqualTo(new Credentials.SubsonicToken("ann", "t", "s"));
        assertThat(Credentials.subsonicPassword("ann", "p")).isEqualTo(new Credentials.SubsonicPassword("ann", "p"));
    }

    @Test
    void credentials_keepWhatTheyWereGiven() {
        assertThat(Credentials.password("ann", "pw")).isEqualTo(new Credentials.NameAndPassword("ann", "pw"));
        assertThat(Credentials.token("s3cr3t")).isEqualTo(new Credentials.Token("s3cr3t"));
    }

    @Test
    void aDuplicateName_saysWhichName() {
        DuplicateUserNameException e = new DuplicateUserNameException(UserName.of("Ann"));

        assertThat(e.name()).isEqualTo("Ann");
        assertThat(e).hasMessageContaining("Ann");
    }

    private static String fieldOf(Runnable construction) {
        try {
            construction.run();
        } catch (InvalidValueException e) {
            return e.field();
        }
        throw new AssertionError("no InvalidValueException");
    }
}
