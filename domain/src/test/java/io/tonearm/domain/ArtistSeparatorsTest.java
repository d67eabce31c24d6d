package io.tonearm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArtistSeparatorsTest {

    @Test
    void defaultSeparators_splitSemicolonSlashAndFeat_ignoringCaseOfFeat() {
        assertThat(ArtistSeparators.DEFAULT.split(List.of("Queen; David Bowie"))).containsExactly("Queen", "David Bowie");
        assertThat(ArtistSeparators.DEFAULT.split(List.of("Simon / Garfunkel"))).containsExactly("Simon", "Garfunkel");
        assertThat(ArtistSeparators.DEFAULT.split(List.of("Jay-Z Feat. Alicia Keys"))).containsExactly("Jay-Z", "Alicia Keys");
    }

    @Test
    void namesWithSeparatorCharactersButNoSpaces_stayWhole() {
        assertThat(ArtistSeparators.DEFAULT.split(List.of("AC/DC", "Earth, Wind & Fire"))).containsExactly("AC/DC",
                "Earth, Wind & Fire");
    }

    @Test
    void severalValuesAndNulSeparatedValues_giveEachNameOnceInTagOrder() {
        assertThat(ArtistSeparators.DEFAULT.split(List.of("A\u0000B", "B; C", "  ", "A")))
                .containsExactly("A", "B", "C");
    }

    @Test
    void noValues_giveNoNames() {
        assertThat(ArtistSeparators.DEFAULT.split(Arrays.asList(null, "", " ; "))).isEmpty();
    }

    @Test
    void configuredSeparators_replaceTheDefaults() {
        ArtistSeparators ampersand = new ArtistSeparators(List.of(" & "));

        assertThat(ampersand.split(List.of("Simon & Garfunkel; Bowie"))).containsExactly("Simon", "Garfunkel; Bowie");
    }

    @Test
    void aBlankSeparator_isRefusedNamingSeparators() {
        assertThatThrownBy(() -> new ArtistSeparators(List.of("; ", " ")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("separators"))
                .hasMessageContaining("separators[1]");
    }
}
