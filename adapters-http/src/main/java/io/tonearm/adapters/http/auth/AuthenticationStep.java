package io.tonearm.adapters.http.auth;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.router.JavalinDefaultRouting;
import io.javalin.security.RouteRole;
import io.tonearm.application.users.Caller;
import io.tonearm.domain.user.Credentials;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Signs in the caller of every {@code /api} and {@code /metrics} request from its {@code Authorization} header
 * ({@code Basic} name and password, or {@code Bearer} token) or, without one, from the web app's session cookie
 * ({@link SessionCookie}), and lets the request through only if the route's {@link Access} allows:
 * {@link Access#PUBLIC} to anyone; otherwise 401 without valid credentials, 429 after too many failures, and 403
 * for a non-admin on an {@link Access#ADMIN} route. A route registered without an {@link Access} is refused to
 * everybody (500), so that a forgotten classification cannot leave a route open.
 *
 * <p>The header is read before anything else runs for the request (before the cache trace and timing of the
 * response filters, so that signing in never counts as a cached read of the request), and the route's access is
 * enforced once the route is matched.
 *
 * <p>A request signed in by the cookie that may change something (any method but GET, HEAD and OPTIONS) must carry
 * the session's CSRF token in {@value SessionCookie#CSRF_HEADER}; without it the request is not signed in, and a
 * route that needs a user answers 403. A cookie that names no live session is cleared, and a route that needs a user
 * answers 401 with {@link AuthenticationFailedException#SESSION_CHALLENGE}.
 */
public final class AuthenticationStep {
    private static final String FAILURE = "tonearm.authFailure";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final CredentialCheck check;
    private final Sessions sessions;

    @Inject
    AuthenticationStep(CredentialCheck check, Sessions sessions) {
        this.check = check;
        this.sessions = sessions;
    }

    /** Adds the enforcement of each route's {@link Access}, once the route is matched. */
    public void addEnforcementTo(JavalinDefaultRouting routing) {
        routing.beforeMatched(this::enforce);
    }

    /**
     * Signs in the caller of an {@code /api/} or {@code /metrics} request, if it has credentials; call it before
     * anything else of the request but its log.
     */
    public void identify(Context ctx) {
        String path = ctx.path();
        if (path.startsWith("/api/") || path.equals("/metrics")) {
            identifyCaller(ctx);
        }
    }

    private void identifyCaller(Context ctx) {
        String header = ctx.header(Header.AUTHORIZATION);
        if (header == null) {
            String cookie = ctx.cookie(SessionCookie.NAME);
            if (cookie != null) {
                identifyBySession(ctx, cookie);
            }
            return;
        }
        try {
            Caller caller = check.authenticate(credentials(header), ctx.ip());
            ctx.attribute(Authenticated.ATTRIBUTE, caller);
        } catch (AuthenticationFailedException | TooManyFailuresException e) {
            ctx.attribute(FAILURE, e); // thrown only if the route needs a user: a public route still answers
        }
    }

    private void identifyBySession(Context ctx, String cookie) {
        Optional<Sessions.Signed> signed = sessions.find(cookie);
        if (signed.isEmpty()) {
            SessionCookie.clear(ctx);
            ctx.attribute(FAILURE, new AuthenticationFailedException("the session has ended; sign in again",
                    AuthenticationFailedException.SESSION_CHALLENGE));
            return;
        }
        Sessions.Session session = signed.get().session();
        if (!SAFE_METHODS.contains(ctx.method().name()) && !matches(ctx.header(SessionCookie.CSRF_HEADER),
                session.csrfToken())) {
            ctx.attribute(FAILURE, new AccessDeniedException(ctx.method().name() + " " + ctx.path() + " with the "
                    + "session cookie must carry the session's CSRF token in " + SessionCookie.CSRF_HEADER
                    + " (answered by GET /api/session)"));
            return;
        }
        ctx.attribute(Authenticated.ATTRIBUTE, signed.get().caller());
        ctx.attribute(Authenticated.SESSION, session);
    }

    private static boolean matches(String offered, String expected) {
        return offered != null && MessageDigest.isEqual(offered.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private void enforce(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Access.PUBLIC) || roles.contains(Access.SUBSONIC)) {
            return; // a Subsonic route signs its caller in itself, from the request's parameters
        }
        if (!roles.contains(Access.USER) && !roles.contains(Access.ADMIN)) {
            throw new IllegalStateException(ctx.method().name() + " " + ctx.endpointHandlerPath()
                    + " was registered without an Access; refused to everybody");
        }
        RuntimeException failure = ctx.attribute(FAILURE);
        if (failure != null) {
            throw failure;
        }
        Caller caller = ctx.attribute(Authenticated.ATTRIBUTE);
        if (caller == null) {
            throw new AuthenticationFailedException("credentials are required: send Authorization: Basic "
                    + "(user name and password) or Bearer (an API token)");
        }
        if (roles.contains(Access.ADMIN) && !caller.admin()) {
            throw new AccessDeniedException(ctx.method().name() + " " + ctx.endpointHandlerPath()
                    + " is for admins only, and " + caller.name() + " is not an admin");
        }
    }

    /** @throws AuthenticationFailedException if the header is not a well-formed Basic or Bearer value */
    static Credentials credentials(String header) {
        String value = header.strip();
        int space = value.indexOf(' ');
        String scheme = (space < 0 ? value : value.substring(0, space)).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : value.substring(space + 1).strip();
        if (scheme.equals("basic")) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(rest), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new AuthenticationFailedException("Authorization: Basic must be followed by base64 of "
                        + "name:password");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new AuthenticationFailedException("Authorization: Basic must carry name:password");
            }
            return Credentials.password(decoded.substring(0, colon), decoded.substring(colon + 1));
        }
        if (scheme.equals("bearer") && !rest.isEmpty()) {
            return Credentials.token(rest);
        }
        throw new AuthenticationFailedException("Authorization must be Basic (user name and password) or Bearer "
                + "(an API token)");
    }
}
