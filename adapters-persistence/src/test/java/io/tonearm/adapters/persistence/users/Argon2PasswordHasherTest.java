package io.tonearm.adapters.persistence.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.PasswordHash;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void aHash_isArgon2idWithTheRecommendedParameters_saltedAnew_andMatchesOnlyItsPassword() {
        PasswordHash first = hasher.hash(Password.of("correct horse"));
        PasswordHash second = hasher.hash(Password.of("correct horse"));

        assertThat(first.encoded()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(first).as("a salt of its own").isNotEqualTo(second);
        assertThat(hasher.matches("correct horse", first)).isTrue();
        assertThat(hasher.matches("correct horse ", first)).isFalse();
        assertThat(hasher.matches("", first)).isFalse();
        assertThat(first.toString()).doesNotContain("argon2");
    }

    @Test
    void aHashMadeWithOtherParameters_stillMatches_andADamagedOneMatchesNothing() {
        PasswordHash cheap = new Argon2PasswordHasher(1024, 1).hash(Password.of("correct horse"));

        assertThat(cheap.encoded()).contains("m=1024,t=1");
        assertThat(hasher.matches("correct horse", cheap)).isTrue();
        assertThat(hasher.matches("correct horse", new PasswordHash("$argon2id$v=19$garbage"))).isFalse();
        assertThat(hasher.matches("correct horse", new PasswordHash("plain"))).isFalse();
    }
}
