package io.tonearm.adapters.http.auth;

import io.javalin.http.Context;
import io.tonearm.application.users.Caller;
import java.util.Optional;

/**
 * The signed-in user of a request, for route handlers: {@code Caller me = Authenticated.caller(ctx);} in any
 * handler of a {@link Access#USER} or {@link Access#ADMIN} route (the {@link AuthenticationStep} has signed the
 * caller in before the handler runs).
 */
public final class Authenticated {
    static final String ATTRIBUTE = "tonearm.caller";
    static final String SESSION = "tonearm.session";

    private Authenticated() {
    }

    /**
     * @return the user who made the request
     * @throws IllegalStateException on a {@link Access#PUBLIC} route called without credentials (use
     *     {@link #callerIfAny} there)
     */
    public static Caller caller(Context ctx) {
        return callerIfAny(ctx).orElseThrow(() -> new IllegalStateException(
                "no signed-in caller: " + ctx.method() + " " + ctx.path() + " is not a USER or ADMIN route"));
    }

    /** @return the user who made the request, or empty if nobody signed in (public routes only) */
    public static Optional<Caller> callerIfAny(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** @return the CSRF token of the session the request was signed in with, or empty if not signed in by one */
    public static Optional<String> csrfToken(Context ctx) {
        return Optional.ofNullable(ctx.<Sessions.Session>attribute(SESSION)).map(Sessions.Session::csrfToken);
    }
}
