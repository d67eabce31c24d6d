package io.tonearm.adapters.http;

/** The body of {@code PATCH /api/playlists/{id}/tracks/{index}}: the index the entry moves to. */
record EntryMoveRequest(Integer to) {
}
