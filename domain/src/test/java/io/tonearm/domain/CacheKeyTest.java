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
    void aSingleId_isItsDigits_theSameKeyAsItsText_andIdsAmongOtherPartsAreJoinedAsEveryPart() {
        assertThat(CacheKey.of(42L).value()).isEqualTo("42");
        assertThat(CacheKey.of(-7L).value()).isEqualTo("-7");
        assertThat(CacheKey.of(42L)).isEqualTo(CacheKey.of("42"));
        assertThat(CacheKey.of(42L, "a b").value()).isEqualTo("42&a+b");
        assertThat(CacheKey.of("a b").value()).isEqualTo("a+b");
        assertThat(CacheKey.of(42).value()).isEqualTo("42");
    }

    @Test
    void numbersAndNullsAmongParts_areWrittenAsTheirTextWouldBeEncoded() {
        assertThat(CacheKey.of(0, 20, null).value()).isEqualTo("0&20&~");
        assertThat(CacheKey.of("x y", -3L, 7, null, "~").value()).isEqualTo("x+y&-3&7&~&%7E");
        assertThat(CacheKey.of(-3L, 7)).isEqualTo(CacheKey.of("-3", "7"));
        assertThat(CacheKey.of().value()).isEmpty();
        assertThat(CacheKey.of(2.5, true).value()).isEqualTo("2.5&true");
    }

    @Test
    void keysAreEqualExactlyWhenTheirTextsAre() {
        assertThat(CacheKey.of("a")).isEqualTo(CacheKey.of("a")).hasSameHashCodeAs(CacheKey.of("a"))
                .isNotEqualTo(CacheKey.of("b")).isNotEqualTo("a").isNotEqualTo(null);
        assertThat(CacheKey.of("a").hashCode()).isEqualTo("a".hashCode());
    }

    @Test
    void equalArgumentsGiveEqualKeys() {
        assertThat(CacheKey.of(0, 20, null)).isEqualTo(CacheKey.of(0, 20, null));
    }
}
