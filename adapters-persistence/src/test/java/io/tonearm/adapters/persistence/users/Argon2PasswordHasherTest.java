package io.tonearm.adapters.persistence.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.StoreUnavailableException;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.PasswordHash;
import java.time.Duration;
import java.util.concurrent.Semaphore;
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

    @Test
    void hashesRunAtOnce_asManyAsAQuarterOfTheHeapHolds_atLeastOne_atMostOnePerCore() {
        long mib = 1024 * 1024;
        int memory = Argon2PasswordHasher.MEMORY_KIB; // 19 MiB, taking 57 MiB of heap while it runs

        assertThat(Argon2PasswordHasher.concurrentHashes(memory, 512 * mib, 2)).isEqualTo(2);
        assertThat(Argon2PasswordHasher.concurrentHashes(memory, 512 * mib, 8)).isEqualTo(2);
        assertThat(Argon2PasswordHasher.concurrentHashes(memory, 256 * mib, 8)).isEqualTo(1);
        assertThat(Argon2PasswordHasher.concurrentHashes(memory, 64 * mib, 8)).as("always one").isEqualTo(1);
        assertThat(Argon2PasswordHasher.concurrentHashes(memory, 8192 * mib, 16)).isEqualTo(16);
        assertThat(Argon2PasswordHasher.concurrentHashes(memory, 8192 * mib, 64)).isEqualTo(35);
    }

    @Test
    void aHashThatCannotHaveItsTurnInTime_isRefusedAsBusy_andRunsOnceATurnIsFree() throws Exception {
        Semaphore turns = new Semaphore(1);
        Argon2PasswordHasher busy = new Argon2PasswordHasher(1024, 1, turns, Duration.ofMillis(100));
        PasswordHash hash = busy.hash(Password.of("correct horse"));
        turns.acquire(); // every turn taken, as by a slow hash of another request

        assertThatThrownBy(() -> busy.matches("correct horse", hash))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("too many passwords")
                .satisfies(e -> assertThat(((StoreUnavailableException) e).retryAfter()).isPositive());
        assertThatThrownBy(() -> busy.hash(Password.of("another one")))
                .isInstanceOf(StoreUnavailableException.class);

        turns.release();
        assertThat(busy.matches("correct horse", hash)).isTrue();
        assertThat(turns.availablePermits()).as("the turn is given back").isEqualTo(1);
    }

    @Test
    void aDamagedHash_givesItsTurnBack() {
        Semaphore turns = new Semaphore(1);
        Argon2PasswordHasher one = new Argon2PasswordHasher(1024, 1, turns, Duration.ofMillis(100));

        assertThat(one.matches("x", new PasswordHash("$argon2id$v=19$garbage"))).isFalse();
        assertThat(turns.availablePermits()).isEqualTo(1);
    }
}
