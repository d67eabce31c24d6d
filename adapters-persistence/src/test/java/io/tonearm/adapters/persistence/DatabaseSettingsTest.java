package io.tonearm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void badSettings_areRejectedNamingTheSetting() {
        assertThatThrownBy(() -> DatabaseSettings.of("postgres://x", "root", ""))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("jdbcUrl");
        assertThatThrownBy(() -> DatabaseSettings.of("jdbc:mariadb://h/db", " ", ""))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("user");
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:mariadb://h/db", "root", "", 0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxPoolSize");
    }

    @Test
    void thePassword_staysOutOfToString() {
        DatabaseSettings settings = DatabaseSettings.of("jdbc:mariadb://h/db", "root", "s3cret");

        assertThat(settings.toString()).doesNotContain("s3cret").contains("jdbc:mariadb://h/db");
        assertThat(DatabaseSettings.of("jdbc:mariadb://h/db", "root", null).password()).isEmpty();
    }
}
