package io.tonearm.adapters.http.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.tonearm.application.users.Authentication;
import io.tonearm.application.users.Caller;
import io.tonearm.application.users.SignIn;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The web app's sign-ins: a session is opened after credentials were verified ({@link CredentialCheck#signIn}) and
 * named by a random 256-bit id that only the browser's cookie holds. This process remembers the session under a
 * SHA-256 hash of that id (a dump of the memory cannot be replayed as a cookie), with the {@link SignIn} it was
 * opened with and a random per-session CSRF token.
 *
 * <p>A session is confirmed on every use like a remembered sign-in ({@link Authentication#recheck}): a password
 * change, the user's removal or anything else that moves their credentials version on ends it on the next request.
 * It also ends on sign-out, {@link #LIFETIME} after it was opened, and with this process (sessions are kept in
 * memory, not shared between processes).
 */
public final class Sessions {
    /** How long a session lasts at most; the cookie's {@code Max-Age} too. */
    public static final Duration LIFETIME = Duration.ofDays(14);
    private static final int MAX_SESSIONS = 100_000;
    private static final Base64.Encoder ID_ENCODING = Base64.getUrlEncoder().withoutPadding();

    private final Authentication authentication;
    private final Cache<String, Session> sessions;
    private final SecureRandom random = new SecureRandom();

    @Inject
    Sessions(Authentication authentication) {
        this.authentication = authentication;
        this.sessions = Caffeine.newBuilder().expireAfterWrite(LIFETIME).maximumSize(MAX_SESSIONS).build();
    }

    /** A session just opened: its id (for the cookie, never kept here) and its CSRF token. */
    public record Opened(String id, String csrfToken) {
        public Opened {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(csrfToken, "csrfToken");
        }
    }

    /** A live session as a request finds it. */
    record Session(String key, SignIn signIn, String csrfToken) {
    }

    /** @return a new session for what was verified */
    public Opened open(SignIn signIn) {
        Objects.requireNonNull(signIn, "signIn");
        String id = randomToken();
        String csrf = randomToken();
        sessions.put(keyOf(id), new Session(keyOf(id), signIn, csrf));
        return new Opened(id, csrf);
    }

    /**
     * @param id the cookie's value
     * @return the session and its caller as they are now, or empty if the id names no session or the session no
     *     longer holds (then it is forgotten)
     */
    Optional<Signed> find(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            return Optional.empty();
        }
        String key = keyOf(id);
        Session session = sessions.getIfPresent(key);
        if (session == null) {
            return Optional.empty();
        }
        Optional<Caller> caller = authentication.recheck(session.signIn());
        if (caller.isEmpty()) {
            sessions.invalidate(key);
            return Optional.empty();
        }
        return Optional.of(new Signed(session, caller.get()));
    }

    /** A request signed in through a session. */
    record Signed(Session session, Caller caller) {
    }

    /** @return whether the request was signed in by a session, which is now ended */
    public boolean close(Context ctx) {
        Session session = ctx.attribute(Authenticated.SESSION);
        if (session == null) {
            return false;
        }
        sessions.invalidate(session.key());
        return true;
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return ID_ENCODING.encodeToString(bytes);
    }

    private static String keyOf(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
