package io.tonearm.adapters.http;

/**
 * The body of {@code PUT /api/users/me/subsonic-password}: the Subsonic password to set; without a body (or with
 * {@code password} null) one is generated.
 */
record SubsonicPasswordRequest(String password) {
}
