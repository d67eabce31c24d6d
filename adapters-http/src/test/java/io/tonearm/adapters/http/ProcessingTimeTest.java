package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The processing time header's text: milliseconds with three decimals, as String.format("%.3f") would truncate. */
class ProcessingTimeTest {

    @Test
    void nanoseconds_areMillisecondsWithThreeDecimals_truncatedToTheMicrosecond() {
        assertThat(ResponseFilters.millis(0)).isEqualTo("0.000");
        assertThat(ResponseFilters.millis(999)).isEqualTo("0.000");
        assertThat(ResponseFilters.millis(7_999)).isEqualTo("0.007");
        assertThat(ResponseFilters.millis(42_000)).isEqualTo("0.042");
        assertThat(ResponseFilters.millis(412_345)).isEqualTo("0.412");
        assertThat(ResponseFilters.millis(1_005_000)).isEqualTo("1.005");
        assertThat(ResponseFilters.millis(12_340_000)).isEqualTo("12.340");
        assertThat(ResponseFilters.millis(1_234_567_890)).isEqualTo("1234.567");
        assertThat(ResponseFilters.millis(-5)).as("a clock that went back").isEqualTo("0.000");
    }
}
