package io.tonearm.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.port.CacheKey;
import org.junit.jupiter.api.Test;

class CacheKeyTest {

    @Test
    void differentArgumentListsNeverShareAKey() {
        assertThat(CacheKey.of("a&b", "c")).isNotEqualTo(CacheKey.of("a", "b&c"));
        assertThat(CacheKey.of((Object) null)).isNotEqualTo(CacheKey.of("null"));
        assertThat(CacheKey.of("~")).isNotEqualTo(CacheKey.of((Object) null));
    }

    @Test
    void equalArgumentsGiveEqualKeys() {
        assertThat(CacheKey.of(0, 20, null)).isEqualTo(CacheKey.of(0, 20, null));
    }
}
