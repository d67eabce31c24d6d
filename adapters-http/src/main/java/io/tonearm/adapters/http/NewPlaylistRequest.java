package io.tonearm.adapters.http;

import java.util.List;

/** The JSON body of {@code POST /api/playlists} (its {@code public} flag is read apart: a Java keyword). */
record NewPlaylistRequest(String name, String comment, List<Long> trackIds) {
}
