package io.tonearm.adapters.http.auth;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The web app's session cookie: {@value #NAME}, {@code HttpOnly} (no script reads it), {@code SameSite=Lax} (not
 * sent with cross-site requests other than top-level navigation), {@code Path=/}, and {@code Secure} when the
 * request came over HTTPS (directly, or through a proxy that says so in {@code X-Forwarded-Proto}).
 */
public final class SessionCookie {
    /** The cookie's name. */
    public static final String NAME = "tonearm_session";
    /** The header a state-changing request signed in by the cookie must carry the session's CSRF token in. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private SessionCookie() {
    }

    /** Sets the cookie to the session's id, for {@link Sessions#LIFETIME}. */
    public static void set(Context ctx, Sessions.Opened session) {
        ctx.header("Set-Cookie", NAME + "=" + session.id() + "; Path=/; Max-Age=" + Sessions.LIFETIME.toSeconds()
                + attributes(ctx));
    }

    /** Tells the browser to drop the cookie. */
    public static void clear(Context ctx) {
        ctx.header("Set-Cookie", NAME + "=; Path=/; Max-Age=0" + attributes(ctx));
    }

    private static String attributes(Context ctx) {
        return "; HttpOnly; SameSite=Lax" + (overHttps(ctx) ? "; Secure" : "");
    }

    /**
     * A spoofed {@code X-Forwarded-Proto} can only make the cookie {@code Secure}, which keeps it from being sent
     * over plain HTTP: trusting it costs nothing.
     */
    static boolean overHttps(Context ctx) {
        String forwarded = ctx.header("X-Forwarded-Proto");
        return "https".equalsIgnoreCase(ctx.scheme())
                || forwarded != null && forwarded.strip().toLowerCase(Locale.ROOT).startsWith("https");
    }
}
