package io.tonearm.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A whole list is read page by page, to its end or to the most asked for (in whole pages). */
class PagesTest {
    private final List<Integer> numbers = IntStream.range(0, 1_200).boxed().toList();
    private final List<PageRequest> asked = new ArrayList<>();

    private Page<Integer> page(PageRequest request) {
        asked.add(request);
        int from = Math.min(request.offset(), numbers.size());
        return Page.of(numbers.subList(from, Math.min(from + request.limit(), numbers.size())), numbers.size(),
                request);
    }

    @Test
    void aList_isReadToItsEnd_inPagesOfTheLargestLimit() {
        assertThat(Pages.all(this::page, 10_000)).isEqualTo(numbers);
        assertThat(asked).extracting(PageRequest::limit).containsOnly(PageRequest.MAX_LIMIT);
        assertThat(asked).hasSize((numbers.size() + PageRequest.MAX_LIMIT - 1) / PageRequest.MAX_LIMIT);
    }

    @Test
    void aList_isReadNoFurtherThanTheMost_inWholePages() {
        List<Integer> read = Pages.all(this::page, 1);

        assertThat(read).isEqualTo(numbers.subList(0, Math.min(PageRequest.MAX_LIMIT, numbers.size())));
        assertThat(asked).hasSize(1);
    }

    @Test
    void anEmptyList_isOnePageOfNothing() {
        assertThat(Pages.all(request -> Page.of(List.<Integer>of(), 0, request), 10)).isEmpty();
    }
}
