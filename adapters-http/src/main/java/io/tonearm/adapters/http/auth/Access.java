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
    ADMIN
}
