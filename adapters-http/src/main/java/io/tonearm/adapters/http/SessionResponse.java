package io.tonearm.adapters.http;

import io.tonearm.application.users.Caller;

/**
 * Who is signed in, as {@code /api/session} answers it: {@code signedIn} false and nothing else for nobody;
 * otherwise the user and, when signed in by the session cookie, the CSRF token that every state-changing request
 * made with the cookie must carry in {@code X-CSRF-Token}.
 */
record SessionResponse(boolean signedIn, Long id, String name, Boolean admin, String csrfToken) {

    static SessionResponse nobody() {
        return new SessionResponse(false, null, null, null, null);
    }

    static SessionResponse of(Caller caller, String csrfToken) {
        return new SessionResponse(true, caller.id().value(), caller.name().value(), caller.admin(), csrfToken);
    }
}
