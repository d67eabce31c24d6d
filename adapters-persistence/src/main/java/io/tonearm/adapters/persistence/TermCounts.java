package io.tonearm.adapters.persistence;

/**
 * How many stored words each search table has for one typed word, counted up to a cap: enough to tell a
 * rare word from a common one and start a search from the rarest.
 */
final class TermCounts {
    /** The typed word's position in the pattern list. */
    int pos;
    long trackTerms;
    long albumTerms;
    long artistTerms;
}
