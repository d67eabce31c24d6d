package io.tonearm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void termsAreTheDistinctWhitespaceSeparatedWords() {
        assertThat(new SearchQuery("  love  50%_off love ").terms()).containsExactly("love", "50%_off");
    }

    @Test
    void blankQuery_isRejectedNamingQ() {
        assertThatThrownBy(() -> new SearchQuery(" "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("q"));
    }

    @Test
    void tooManyWords_isRejected() {
        assertThatThrownBy(() -> new SearchQuery("a b c d e f g h i j k")).hasMessageContaining("at most 10 words");
    }
}
