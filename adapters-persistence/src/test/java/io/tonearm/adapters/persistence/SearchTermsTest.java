package io.tonearm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.SearchQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void words_areRunsOfLettersDigitsAndLiteralPercentOrUnderscore() {
        assertThat(SearchTerms.words("AC/DC - Back in Black (Live, 1991)"))
                .containsExactly("AC", "DC", "Back", "in", "Black", "Live", "1991");
        assertThat(SearchTerms.words("100% snake_case Don't Beyoncé"))
                .containsExactly("100%", "snake_case", "Don't", "Beyoncé");
    }

    @Test
    void combiningAccents_stayInTheirWord_andLongWordsAreCut() {
        assertThat(SearchTerms.words("Beyonce\u0301 x")).containsExactly("Beyonce\u0301", "x");
        assertThat(SearchTerms.words("a".repeat(100)).get(0)).hasSize(SearchTerms.MAX_TERM_LENGTH);
    }

    @Test
    void aQuery_becomesEscapedPrefixPatterns_longestFirst() {
        assertThat(SearchTerms.prefixPatterns(new SearchQuery("ab 50%_off! wow")))
                .containsExactly("50!%!_off%", "wow%", "ab%");
        assertThat(SearchTerms.prefixPatterns(new SearchQuery("AC/DC"))).containsExactly("AC%", "DC%");
        assertThat(SearchTerms.prefixPatterns(new SearchQuery("- / !"))).isEmpty();
    }

    @Test
    void rows_holdEachDistinctWordOnce() {
        assertThat(SearchTerms.rows(7, List.of("Love me", "love", "me too")))
                .containsExactly(new TermRow("Love", 7), new TermRow("me", 7), new TermRow("love", 7),
                        new TermRow("too", 7));
    }
}
