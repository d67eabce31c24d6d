package io.tonearm.adapters.http.auth;

import io.javalin.security.RouteRole;

/**
 * Who may call a route; every route is registered with exactly one (a route without one is refused to everybody
 * and fails the route-protection test).
 */
public enum Access implements RouteRole {
    /** Anybody, signed in or not: health and the API's description. */
    PUBLIC,
    /** Any signed-in user: reading and searching the catalog, their own favorites, plays, password and tokens. */
    USER,
    /** Admins only: changing the catalog, scans, the cache, user management. */
    ADMIN,
    /**
     * The Subsonic API ({@code /rest}): signed in by its own parameters ({@code u} with {@code p} or {@code t} and
     * {@code s}, or {@code apiKey}) through the same {@link CredentialCheck}, method by method, and refused with a
     * Subsonic error (HTTP 200), never a 401: that is what Subsonic clients understand.
     */
    SUBSONIC
}
