package io.tonearm.adapters.persistence;

/** One search word of a track, album or artist ({@code ownerId}). */
record TermRow(String term, long ownerId) {
}
