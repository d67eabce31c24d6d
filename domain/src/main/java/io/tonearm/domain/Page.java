package io.tonearm.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A slice of a list.
 *
 * @param items      the items of this slice, in list order
 * @param total      the exact number of items of the whole list
 * @param request    the request that produced this page
 * @param nextCursor the seek token for the following page ({@link PageRequest#after()}), or null when the
 *                   store offers none or there is no following page
 * @param <T>        the item type
 */
public record Page<T>(List<T> items, long total, PageRequest request, String nextCursor) {
    /** @throws InvalidValueException if the total is negative */
    public Page {
        items = List.copyOf(items);
        Check.atLeast("total", total, 0);
        Objects.requireNonNull(request, "request");
    }

    /** @return a page without a seek token */
    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request, null);
    }

    /** @return an empty page for the request, with the given total */
    public static <T> Page<T> empty(long total, PageRequest request) {
        return new Page<>(List.of(), total, request, null);
    }

    /** @return a page with each item mapped, the same total, request and cursor */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, request, nextCursor);
    }

    /** @return a page with other items (for example after dropping vanished ones), the same total and cursor */
    public <R> Page<R> withItems(List<R> newItems) {
        return new Page<>(newItems, total, request, nextCursor);
    }

    /** @return the request for the following page, or empty when this is the last one */
    public Optional<PageRequest> nextPage() {
        int next = request.offset() + items.size();
        return items.isEmpty() || next >= total ? Optional.empty() : Optional.of(request.next(items.size(), nextCursor));
    }
}
