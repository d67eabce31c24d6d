package io.tonearm.adapters.http;

/** The body of {@code PATCH /api/playlists/{id}} (its {@code public} flag is read apart: a Java keyword). */
record PlaylistChangesRequest(String name, String comment) {
}
