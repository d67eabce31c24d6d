package io.tonearm.adapters.http;

/**
 * The answer to {@code PUT /api/users/me/subsonic-password} without a password: the generated one, shown only
 * this once.
 *
 * @param user     the user's name, to enter with it in a Subsonic app
 * @param password the generated Subsonic password
 */
record SubsonicPasswordResponse(String user, String password) {
}
