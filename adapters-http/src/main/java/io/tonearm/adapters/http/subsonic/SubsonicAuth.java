package io.tonearm.adapters.http.subsonic;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.tonearm.adapters.http.auth.AuthenticationFailedException;
import io.tonearm.adapters.http.auth.CredentialCheck;
import io.tonearm.adapters.http.auth.TooManyFailuresException;
import io.tonearm.application.users.Caller;
import io.tonearm.application.users.NoSubsonicPasswordException;
import io.tonearm.domain.user.Credentials;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Signs in the caller of a Subsonic request from its parameters, through the one {@link CredentialCheck} of every
 * entry point (so failures count against the same limits as the JSON API's): {@code u} with {@code p} (the Subsonic
 * password, plain or {@code enc:} and hex), {@code u} with {@code t} and {@code s} (t = md5(Subsonic password +
 * s)), or OpenSubsonic's {@code apiKey} (an API token). Every refusal is a {@link SubsonicError}.
 */
final class SubsonicAuth {
    private final CredentialCheck check;

    @Inject
    SubsonicAuth(CredentialCheck check) {
        this.check = check;
    }

    /**
     * @return who signed in
     * @throws SubsonicError 10 if credentials are missing, 40 if they are wrong (or failed too often lately), 41 if
     *     the user has no Subsonic password, 42 for an Authorization header alone, 43 for an API key together with
     *     other credentials, 44 for an unknown, revoked or expired API key
     */
    Caller signIn(SubsonicParams params, Context ctx) {
        String apiKey = params.optional("apiKey");
        String user = params.optional("u");
        if (apiKey != null) {
            if (user != null || params.optional("p") != null || params.optional("t") != null) {
                throw new SubsonicError(SubsonicError.CONFLICTING_MECHANISMS,
                        "apiKey cannot be combined with u, p or t: send one way of signing in");
            }
            return authenticate(Credentials.token(apiKey), ctx, SubsonicError.INVALID_API_KEY,
                    "the API key is unknown, revoked or expired");
        }
        if (user == null || user.isEmpty()) {
            if (ctx.header(Header.AUTHORIZATION) != null) {
                throw new SubsonicError(SubsonicError.MECHANISM_NOT_SUPPORTED, "the Subsonic API does not read the "
                        + "Authorization header: send u with p, u with t and s, or apiKey");
            }
            throw SubsonicError.missing("u");
        }
        String password = params.optional("p");
        if (password != null) {
            return authenticate(Credentials.subsonicPassword(user, decode(password)), ctx,
                    SubsonicError.WRONG_CREDENTIALS, "wrong username or password");
        }
        String token = params.optional("t");
        String salt = params.optional("s");
        if (token == null && salt == null) {
            throw SubsonicError.missing("p, or t and s");
        }
        if (token == null || salt == null) {
            throw SubsonicError.missing(token == null ? "t" : "s");
        }
        return authenticate(Credentials.subsonicToken(user, token, salt), ctx, SubsonicError.WRONG_CREDENTIALS,
                "wrong username or password");
    }

    private Caller authenticate(Credentials credentials, Context ctx, int failureCode, String failure) {
        try {
            return check.authenticate(credentials, ctx.ip());
        } catch (AuthenticationFailedException e) {
            throw new SubsonicError(failureCode, failure);
        } catch (TooManyFailuresException e) {
            // Subsonic has no code for it: clients show error 40's message; Retry-After tells the rest
            ctx.header(Header.RETRY_AFTER, Long.toString(Math.max(1, (e.retryAfter().toMillis() + 999) / 1000)));
            throw new SubsonicError(failureCode, e.getMessage());
        } catch (NoSubsonicPasswordException e) {
            throw new SubsonicError(SubsonicError.TOKEN_NOT_SUPPORTED, e.getMessage());
        }
    }

    /** @return the password, decoded from {@code enc:} and hex (UTF-8) if so given; a bad hex signs nobody in */
    static String decode(String password) {
        if (!password.startsWith("enc:")) {
            return password;
        }
        try {
            return new String(HexFormat.of().parseHex(password.substring(4)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SubsonicError(SubsonicError.WRONG_CREDENTIALS, "p=enc: must be followed by hex");
        }
    }
}
