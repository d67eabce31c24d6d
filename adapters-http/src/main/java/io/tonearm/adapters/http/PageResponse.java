package io.tonearm.adapters.http;

import io.tonearm.domain.Page;
import java.util.List;
import java.util.function.Function;

/**
 * Every list's shape: the items, the exact total of the whole list, the offset and limit that were applied,
 * and {@code nextCursor} (pass it as {@code after} for the next page) only when the page offers one.
 */
record PageResponse<T>(List<T> items, long total, int offset, int limit, String nextCursor) {

    static <D, T> PageResponse<T> of(Page<D> page, Function<? super D, ? extends T> mapper) {
        List<T> items = page.items().stream().<T>map(mapper).toList();
        return new PageResponse<>(items, page.total(), page.request().offset(), page.request().limit(),
                page.nextCursor());
    }
}
