package io.tonearm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void negativeOffset_isRejectedNamingOffsetAndTheValue() {
        assertThatThrownBy(() -> PageRequest.of(-1, 20))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("offset"))
                .hasMessageContaining("-1");
    }

    @Test
    void limitOutsideOneTo500_isRejectedNamingLimitAndTheValue() {
        assertThatThrownBy(() -> PageRequest.of(0, 0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("limit"))
                .hasMessageContaining("but was 0");
        assertThatThrownBy(() -> PageRequest.of(0, 501)).hasMessageContaining("but was 501");
        assertThat(PageRequest.of(0, 500).limit()).isEqualTo(500);
        assertThat(PageRequest.of(0, 1).limit()).isEqualTo(1);
    }

    @Test
    void blankCursor_isRejected() {
        assertThatThrownBy(() -> new PageRequest(0, 10, " "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("after"));
    }

    @Test
    void nextPage_carriesTheCursorAndAdvancesTheOffset_untilTheTotalIsReached() {
        Page<String> first = new Page<>(List.of("a", "b"), 5, PageRequest.of(0, 2), "k2");
        assertThat(first.nextPage()).contains(new PageRequest(2, 2, "k2"));

        Page<String> last = new Page<>(List.of("e"), 5, PageRequest.of(4, 2), null);
        assertThat(last.nextPage()).isEmpty();
    }

    @Test
    void pageItems_areACopy() {
        List<String> items = new java.util.ArrayList<>(List.of("a"));
        Page<String> page = Page.of(items, 1, PageRequest.first(10));
        items.add("b");
        assertThat(page.items()).containsExactly("a");
    }
}
