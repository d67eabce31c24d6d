package io.tonearm.application;

import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reading a whole paged list, for the reads that need every item (genres, Subsonic's whole lists). */
public final class Pages {
    private Pages() {
    }

    /**
     * @param list a paged list, read in pages of {@link PageRequest#MAX_LIMIT}
     * @param most how many items are read at most (in whole pages: up to a page more)
     * @return the list's items from the first, until it ends or {@code most} are read
     */
    public static <T> List<T> all(Function<PageRequest, Page<T>> list, int most) {
        List<T> items = new ArrayList<>();
        Optional<PageRequest> next = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
        while (next.isPresent() && items.size() < most) {
            Page<T> page = list.apply(next.get());
            items.addAll(page.items());
            next = page.nextPage();
        }
        return items;
    }
}
