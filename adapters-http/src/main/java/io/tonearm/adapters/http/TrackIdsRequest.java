package io.tonearm.adapters.http;

import java.util.List;

/** The body of {@code PUT} and {@code POST /api/playlists/{id}/tracks}. */
record TrackIdsRequest(List<Long> trackIds) {
}
