package io.tonearm.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.adapters.http.auth.Authenticated;
import io.tonearm.adapters.http.auth.AuthenticationFailedException;
import io.tonearm.adapters.http.auth.CredentialCheck;
import io.tonearm.adapters.http.auth.SessionCookie;
import io.tonearm.adapters.http.auth.Sessions;
import io.tonearm.application.users.SignIn;
import io.tonearm.domain.user.Credentials;
import jakarta.inject.Inject;

/**
 * The web app's sign-in: {@code POST /api/session} checks a name and password exactly as Basic authentication does
 * (the same failure limits, the same verification) and sets the session cookie; {@code GET /api/session} says who
 * is signed in (and the session's CSRF token); {@code DELETE /api/session} signs out.
 */
final class SessionRoutes implements ApiRoutes {
    private final CredentialCheck check;
    private final Sessions sessions;
    private final ApiJson json;

    @Inject
    SessionRoutes(CredentialCheck check, Sessions sessions, ApiJson json) {
        this.check = check;
        this.sessions = sessions;
        this.json = json;
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        ApiRoutes.get(routing, "/api/session", this::current, Access.PUBLIC);
        routing.post("/api/session", this::signIn, Access.PUBLIC);
        routing.delete("/api/session", this::signOut, Access.USER);
    }

    private void current(Context ctx) {
        ctx.header(Header.CACHE_CONTROL, "no-store");
        json.respond(ctx, 200, Authenticated.callerIfAny(ctx)
                .map(caller -> SessionResponse.of(caller, Authenticated.csrfToken(ctx).orElse(null)))
                .orElse(SessionResponse.nobody()));
    }

    private void signIn(Context ctx) {
        SignInRequest request = json.convert(json.body(ctx), SignInRequest.class, "");
        RequestProblems problems = new RequestProblems();
        if (request.name() == null || request.name().isBlank()) {
            problems.add(new InvalidParam("name", "name is required"));
        }
        if (request.password() == null || request.password().isEmpty()) {
            problems.add(new InvalidParam("password", "password is required"));
        }
        problems.throwIfAny();
        SignIn signIn;
        try {
            signIn = check.signIn(Credentials.password(request.name(), request.password()), ctx.ip());
        } catch (AuthenticationFailedException e) { // no Basic challenge: the browser would open its own dialog
            throw new AuthenticationFailedException(e.getMessage(), AuthenticationFailedException.SESSION_CHALLENGE);
        }
        sessions.close(ctx); // a sign-in replaces the session the browser had, if any
        Sessions.Opened opened = sessions.open(signIn);
        SessionCookie.set(ctx, opened);
        ctx.header(Header.CACHE_CONTROL, "no-store");
        json.respond(ctx, 200, SessionResponse.of(signIn.caller(), opened.csrfToken()));
    }

    private void signOut(Context ctx) {
        if (sessions.close(ctx)) {
            SessionCookie.clear(ctx);
        }
        ctx.status(204);
    }
}
