package io.tonearm.adapters.persistence;

import java.time.Instant;

/**
 * An id with what a query keyed or sorted it by: the position of the bound value it answers (bulk lookups),
 * a text (a stored name or path) and the sort keys a seek cursor is made of. Unused fields stay empty.
 */
final class KeyedId {
    long id;
    int pos;
    String text;
    long number;
    Instant at;
}
