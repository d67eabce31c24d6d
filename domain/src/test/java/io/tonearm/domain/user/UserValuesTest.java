package io.tonearm.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserValuesTest {

    @Test
    void aName_losesItsSurroundingSpaces_andMayHave64CharactersOfAnyScript() {
        assertThat(UserName.of("  Ann  ").value()).isEqualTo("Ann");
        assertThat(UserName.of("n".repeat(64)).value()).hasSize(64);
        assertThat(UserName.of("Zoë 🎵 小明").value()).isEqualTo("Zoë 🎵 小明");
        assertThat(UserName.of("😀".repeat(64)).value()).as("64 characters, 128 chars").hasSize(128);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "a:b", "tab\there", "bell\u0007", "zero\u200Bwidth", "new\nline"})
    void aNameThatIsBlankHoldsAColonOrAnInvisibleCharacter_isRefusedNamingTheField(String name) {
        assertThatThrownBy(() -> UserName.of(name)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("name");
    }

    @Test
    void aNameOf65Characters_orNone_isRefused() {
        assertThatThrownBy(() -> UserName.of("n".repeat(65))).hasMessageContaining("at most 64");
        assertThatThrownBy(() -> UserName.of(null)).hasMessageContaining("required");
        assertThat(TokenName.of("laptop: work").value()).as("a token's name may have a colon")
                .isEqualTo("laptop: work");
    }

    @Test
    void aPassword_has8CharactersTo1024Bytes_keptExactly_andNeverShown() {
        assertThat(Password.of(" 8 chars").value()).isEqualTo(" 8 chars");
        assertThat(Password.of("é".repeat(512)).value()).as("1,024 bytes").hasSize(512);
        assertThatThrownBy(() -> Password.of("7 chars")).hasMessageContaining("at least 8");
        assertThatThrownBy(() -> Password.of("é".repeat(513))).hasMessageContaining("at most 1024 bytes");
        assertThatThrownBy(() -> Password.of(null)).isInstanceOf(InvalidValueException.class);
        assertThat(Password.of("secret-password").toString()).doesNotContain("secret");
        assertThat(new PasswordHash("$argon2id$v=19$x").toString()).doesNotContain("argon2");
    }

    @Test
    void aToken_expiresAtItsExpiry_andANewOneMustExpireInTheFuture() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        ApiToken token = new ApiToken(TokenId.of(1), UserId.of(1), TokenName.of("phone"), t, t.plusSeconds(60));
        TokenHash hash = new TokenHash("0".repeat(64));

        assertThat(token.isExpiredAt(t.plusSeconds(59))).isFalse();
        assertThat(token.isExpiredAt(t.plusSeconds(60))).isTrue();
        assertThatThrownBy(() -> new NewApiToken(UserId.of(1), TokenName.of("x"), hash, t, t))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("expiresAt");
        assertThatThrownBy(() -> new TokenHash("ABC")).isInstanceOf(InvalidValueException.class);
        assertThat(hash.toString()).doesNotContain("0".repeat(64));
    }
}
