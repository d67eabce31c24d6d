package io.tonearm.adapters.http;

/** The body of {@code PUT /api/users/me/listenbrainz}: the user's ListenBrainz user token. */
record ListenBrainzRequest(String token) {
}
