package io.tonearm.adapters.http.listening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Conditional requests (RFC 9110, 13): 304 by entity tag or date, and If-Range. */
class ValidatorsTest {
    private final Validators validators = new Validators("\"abc\"", Instant.parse("2024-03-04T05:06:07.890Z"));

    @Test
    void lastModified_isAnHttpDate_toTheSecond() {
        assertThat(validators.lastModified()).isEqualTo("Mon, 04 Mar 2024 05:06:07 GMT");
        assertThat(new Validators("\"x\"", Instant.parse("2024-03-14T05:06:07Z")).lastModified())
                .isEqualTo("Thu, 14 Mar 2024 05:06:07 GMT");
    }

    @Test
    void ifNoneMatch_comparesWeakly_andWinsOverTheDate() {
        assertThat(validators.notModified("\"abc\"", null)).isTrue();
        assertThat(validators.notModified("W/\"abc\"", null)).isTrue();
        assertThat(validators.notModified("\"x\", \"abc\"", null)).isTrue();
        assertThat(validators.notModified("*", null)).isTrue();
        assertThat(validators.notModified("\"x\"", null)).isFalse();
        assertThat(validators.notModified("abc", null)).isFalse();
        assertThat(validators.notModified("\"x\"", "Mon, 04 Mar 2024 05:06:07 GMT")).isFalse();
    }

    @Test
    void ifModifiedSince_is304_unlessModifiedAfterIt() {
        assertThat(validators.notModified(null, null)).isFalse();
        assertThat(validators.notModified(null, "Mon, 04 Mar 2024 05:06:07 GMT")).isTrue();
        assertThat(validators.notModified(null, "Tue, 05 Mar 2024 00:00:00 GMT")).isTrue();
        assertThat(validators.notModified(null, "Mon, 04 Mar 2024 05:06:06 GMT")).isFalse();
        assertThat(validators.notModified(null, "yesterday")).isFalse();
    }

    @Test
    void ifRange_holdsForTheStrongTagOrTheExactDate() {
        assertThat(validators.rangeStillValid(null)).isTrue();
        assertThat(validators.rangeStillValid("\"abc\"")).isTrue();
        assertThat(validators.rangeStillValid("W/\"abc\"")).isFalse();
        assertThat(validators.rangeStillValid("\"old\"")).isFalse();
        assertThat(validators.rangeStillValid("Mon, 04 Mar 2024 05:06:07 GMT")).isTrue();
        assertThat(validators.rangeStillValid("Mon, 04 Mar 2024 05:06:08 GMT")).isFalse();
        assertThat(validators.rangeStillValid("garbage")).isFalse();
    }
}
