package io.tonearm.domain;

/**
 * Which slice of a list to return.
 *
 * <p>{@code offset} is the position of the first item. A page may also carry {@code after}, the opaque
 * seek token handed out as {@link Page#nextCursor()} by the page before it: the store then seeks directly to
 * the next page instead of skipping {@code offset} rows, so deep pages cost as little as the first one.
 *
 * @param offset the position of the first item, from 0
 * @param limit  how many items at most, 1 to {@value #MAX_LIMIT}
 * @param after  the seek token of the previous page, or null
 */
public record PageRequest(int offset, int limit, String after) {
    /** The largest page a caller may ask for. */
    public static final int MAX_LIMIT = 500;
    /** The page size used when a caller does not name one. */
    public static final int DEFAULT_LIMIT = 20;

    /** @throws InvalidValueException naming {@code offset}, {@code limit} or {@code after} with the bad value */
    public PageRequest {
        if (offset < 0) {
            throw new InvalidValueException("offset", "offset must be >= 0 but was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit",
                    "limit must be between 1 and " + MAX_LIMIT + " but was " + limit);
        }
        if (after != null && (after.isBlank() || after.length() > 200)) {
            throw new InvalidValueException("after", "after must be a cursor from a previous page");
        }
    }

    /** @return the request for {@code limit} items from {@code offset}, without a seek token */
    public static PageRequest of(int offset, int limit) {
        return new PageRequest(offset, limit, null);
    }

    /** @return the request for the first {@code limit} items */
    public static PageRequest first(int limit) {
        return of(0, limit);
    }

    /** @return the request for the page after one that started here and returned {@code count} items */
    public PageRequest next(int count, String cursor) {
        return new PageRequest(offset + count, limit, cursor);
    }
}
