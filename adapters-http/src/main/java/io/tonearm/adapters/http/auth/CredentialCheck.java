package io.tonearm.adapters.http.auth;

import io.tonearm.application.users.Authentication;
import io.tonearm.application.users.Caller;
import io.tonearm.application.users.NoSubsonicPasswordException;
import io.tonearm.domain.user.Credentials;
import io.tonearm.application.users.SignIn;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way an HTTP entry point signs a caller in, whatever it reads the credentials from (the JSON API's
 * {@code Authorization} header, Subsonic's {@code u}/{@code p} or {@code apiKey} parameters, a login form).
 *
 * <p>Credentials verified in the last {@link AuthSettings#memory()} are remembered (by a keyed hash) and only
 * confirmed against the user's cached credential state, which every password change, token revocation and user
 * removal drops in every process: such a change ends the sign-in on the next request. Otherwise the credentials are
 * verified (a password hash is checked), after the failure limits per client address and per name allow it; the
 * same credentials arriving on many connections at once (a client opening its pool) are verified once, the others
 * waiting for that answer.
 */
public final class CredentialCheck {
    private final Authentication authentication;
    private final CredentialMemory memory;
    private final FailureLimiter limiter;
    /** Verifications running now, by the credentials' key: the same credentials wait for the one running. */
    private final Map<String, CompletableFuture<Optional<SignIn>>> running = new ConcurrentHashMap<>();

    @Inject
    CredentialCheck(Authentication authentication, AuthSettings settings) {
        this.authentication = authentication;
        this.memory = new CredentialMemory(settings);
        this.limiter = new FailureLimiter(settings);
    }

    /**
     * @param clientAddress the address the request came from, for the failure limit per address
     * @return who signed in
     * @throws AuthenticationFailedException if the credentials sign nobody in (the same message for an unknown
     *     name and a wrong password)
     * @throws TooManyFailuresException if the address or the name failed too often lately (nothing is checked)
     * @throws NoSubsonicPasswordException if Subsonic credentials name a user without a Subsonic password
     */
    public Caller authenticate(Credentials credentials, String clientAddress) {
        return signIn(credentials, clientAddress).caller();
    }

    /**
     * Like {@link #authenticate}, answering what was established, for an entry point that keeps the sign-in itself
     * (a web session) and confirms it later with {@link Authentication#recheck}.
     *
     * @return the sign-in: who, and the version of their credentials it holds for
     * @throws AuthenticationFailedException if the credentials sign nobody in
     * @throws TooManyFailuresException if the address or the name failed too often lately
     */
    public SignIn signIn(Credentials credentials, String clientAddress) {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(clientAddress, "clientAddress");
        String key = memory.keyOf(credentials);
        SignIn remembered = memory.recall(key);
        if (remembered != null) {
            Optional<Caller> caller = authentication.recheck(remembered);
            if (caller.isPresent()) {
                return new SignIn(caller.get(), remembered.credentialsVersion(), remembered.expiresAt());
            }
            memory.forget(key);
        }
        String name = nameOf(credentials);
        limiter.check(clientAddress, name);
        Optional<SignIn> signIn;
        try {
            signIn = verifyOnce(key, credentials);
        } catch (NoSubsonicPasswordException e) {
            limiter.failed(clientAddress, name); // it tells a name exists: counted like a failure
            throw e;
        }
        if (signIn.isEmpty()) {
            limiter.failed(clientAddress, name);
            throw new AuthenticationFailedException(name != null ? "wrong user name or password"
                    : "the token is unknown, revoked or expired");
        }
        limiter.succeeded(clientAddress, name);
        memory.remember(key, signIn.get());
        return signIn.get();
    }

    /** Verifies the credentials, or waits for their verification already running and answers its outcome. */
    private Optional<SignIn> verifyOnce(String key, Credentials credentials) {
        CompletableFuture<Optional<SignIn>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<SignIn>> theirs = running.putIfAbsent(key, mine);
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        try {
            Optional<SignIn> signIn = authentication.verify(credentials);
            mine.complete(signIn);
            return signIn;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    /** @return the name the credentials offer, or null for a token (which names nobody) */
    private static String nameOf(Credentials credentials) {
        if (credentials instanceof Credentials.NameAndPassword offer) {
            return offer.name();
        }
        if (credentials instanceof Credentials.SubsonicPassword offer) {
            return offer.name();
        }
        if (credentials instanceof Credentials.SubsonicToken offer) {
            return offer.name();
        }
        return null;
    }
}
