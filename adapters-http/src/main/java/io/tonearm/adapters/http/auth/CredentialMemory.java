package io.tonearm.adapters.http.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tonearm.domain.user.Credentials;
import io.tonearm.application.users.SignIn;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verified credentials, remembered briefly so that a request does not pay for a password hash. Keyed by an
 * HMAC-SHA256 of the credentials under a random key of this process, so that the memory holds no secret and a
 * dump of it reveals none. A remembered sign-in is only a hint: {@link CredentialCheck} confirms it against the
 * user's current credential state before every use.
 */
final class CredentialMemory {
    private static final String ALGORITHM = "HmacSHA256";

    private final Cache<String, SignIn> remembered;
    private final ThreadLocal<Mac> macs;

    CredentialMemory(AuthSettings settings) {
        this.remembered = Caffeine.newBuilder().expireAfterWrite(settings.memory()).maximumSize(10_000).build();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        SecretKeySpec spec = new SecretKeySpec(key, ALGORITHM);
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(spec);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
            }
        });
    }

    /** @return the key the credentials are remembered under */
    String keyOf(Credentials credentials) {
        Mac mac = macs.get();
        if (credentials instanceof Credentials.NameAndPassword offer) {
            mac.update((byte) 'p');
            mac.update(offer.name().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(offer.password().getBytes(StandardCharsets.UTF_8));
        } else if (credentials instanceof Credentials.SubsonicPassword offer) {
            mac.update((byte) 's');
            mac.update(offer.name().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(offer.password().getBytes(StandardCharsets.UTF_8));
        } else if (credentials instanceof Credentials.SubsonicToken offer) {
            mac.update((byte) 'm');
            mac.update(offer.name().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(offer.token().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(offer.salt().getBytes(StandardCharsets.UTF_8));
        } else {
            mac.update((byte) 't');
            mac.update(((Credentials.Token) credentials).secret().getBytes(StandardCharsets.UTF_8));
        }
        return Base64.getEncoder().encodeToString(mac.doFinal());
    }

    /** @return the sign-in remembered under the key, or null */
    SignIn recall(String key) {
        return remembered.getIfPresent(key);
    }

    void remember(String key, SignIn signIn) {
        remembered.put(key, signIn);
    }

    void forget(String key) {
        remembered.invalidate(key);
    }
}
