package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

    @Test
    void theDefaults_listenOnEveryInterfaceOnPort8080() {
        HttpSettings defaults = HttpSettings.defaults();

        assertThat(defaults.host()).isEqualTo("0.0.0.0");
        assertThat(defaults.port()).isEqualTo(8080);
        assertThat(defaults.shutdownGrace()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.withPort(0).port()).isZero();
    }

    @Test
    void eachBadSetting_isRejectedByName() {
        assertRejected(() -> new HttpSettings(" ", 80, Duration.ZERO, 1), "host");
        assertRejected(() -> new HttpSettings("localhost", -1, Duration.ZERO, 1), "port");
        assertRejected(() -> new HttpSettings("localhost", 65_536, Duration.ZERO, 1), "port");
        assertRejected(() -> new HttpSettings("localhost", 80, Duration.ofSeconds(-1), 1), "shutdownGrace");
        assertRejected(() -> new HttpSettings("localhost", 80, null, 1), "shutdownGrace");
        assertRejected(() -> new HttpSettings("localhost", 80, Duration.ZERO, 0), "maxRequestBytes");
    }

    private static void assertRejected(Runnable construction, String field) {
        assertThatThrownBy(construction::run).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith(field)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field));
    }
}
