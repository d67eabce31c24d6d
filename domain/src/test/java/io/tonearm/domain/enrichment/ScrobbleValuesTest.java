package io.tonearm.domain.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScrobbleValuesTest {
    private static final Instant T = Instant.parse("2026-12-07T10:00:00Z");
    private static final Listen LISTEN = new Listen(T, "Miles Davis", "So What", "Kind of Blue", 545_000);

    @Test
    void counts_areZeroOrMore_eachOfThem() {
        assertThat(new ScrobbleCounts(0, 0, 0).pending()).isZero();
        assertThat(new ScrobbleCounts(3, 2, 1)).isEqualTo(new ScrobbleCounts(3, 2, 1));
        assertThatThrownBy(() -> new ScrobbleCounts(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1/0/0");
        assertThatThrownBy(() -> new ScrobbleCounts(0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScrobbleCounts(0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAccount_isRejectedExactlyWhenTheServiceRefusedItsToken() {
        assertThat(new ScrobbleAccount(T, null, null).rejected()).isFalse();
        assertThat(new ScrobbleAccount(T, T.plusSeconds(5), "invalid token").rejected()).isTrue();
    }

    @Test
    void aQueuedListen_hasItsUserTokenAndListen_andNoNegativeAttempts() {
        QueuedListen queued = new QueuedListen(9, new UserId(1), "token", 0, LISTEN);

        assertThat(queued.attempts()).isZero();
        assertThat(queued.listen()).isEqualTo(LISTEN);
        assertThatThrownBy(() -> new QueuedListen(9, new UserId(1), "token", -1, LISTEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> new QueuedListen(9, null, "token", 0, LISTEN)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new QueuedListen(9, new UserId(1), null, 0, LISTEN))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new QueuedListen(9, new UserId(1), "token", 0, null))
                .isInstanceOf(NullPointerException.class);
    }
}
