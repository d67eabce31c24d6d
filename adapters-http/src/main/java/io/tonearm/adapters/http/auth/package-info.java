/**
 * Signing callers in, once for every HTTP entry point: the JSON API ({@code /api}), Subsonic's {@code /rest} and
 * the web app all use {@link io.tonearm.adapters.http.auth.CredentialCheck}, which remembers verified credentials
 * briefly (keyed by a keyed hash, never the secret), confirms them against the users' use cases and slows down and
 * then refuses repeated failures per client address and per name.
 *
 * <p>For the JSON API, {@link io.tonearm.adapters.http.auth.AuthenticationStep} reads {@code Authorization: Basic}
 * or {@code Bearer} and enforces each route's {@link io.tonearm.adapters.http.auth.Access}; a route handler gets
 * the signed-in user with {@link io.tonearm.adapters.http.auth.Authenticated#caller(io.javalin.http.Context)}.
 */
package io.tonearm.adapters.http.auth;
