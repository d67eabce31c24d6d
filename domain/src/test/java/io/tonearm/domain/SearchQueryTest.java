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

    @Test
    void tenWordsSeparatedByAnyWhitespace_areAccepted_andCountedAsTheTermsAreSplit() {
        String ten = "a\tb\nc\u000Bd\fe\rf  g h i j";
        assertThat(new SearchQuery(ten).terms()).hasSize(10);
        assertThat(SearchQuery.words(ten)).isEqualTo(10);
        assertThat(SearchQuery.words("one")).isEqualTo(1);
        assertThat(SearchQuery.words(" two  words ")).isEqualTo(2);
        assertThat(SearchQuery.words("")).isZero();
        assertThatThrownBy(() -> new SearchQuery(ten + "\tk")).hasMessageContaining("at most 10 words");
    }
}
