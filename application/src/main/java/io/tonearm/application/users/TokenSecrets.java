package io.tonearm.application.users;

import io.tonearm.domain.user.TokenHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Makes token secrets and the hashes they are stored and looked up by. */
final class TokenSecrets {
    /** Marks a Tonearm token, so that a leaked one can be recognised by secret scanners. */
    static final String PREFIX = "tnrm_";
    private static final int RANDOM_BYTES = 32;
    /** The length of a secret this class makes; anything else is not one of ours. */
    static final int LENGTH = PREFIX.length() + 43;

    private final SecureRandom random = new SecureRandom();

    String newSecret() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** @return true if the text has the shape of a secret this class makes (a cheap filter before a lookup) */
    static boolean looksLikeSecret(String text) {
        return text.length() == LENGTH && text.startsWith(PREFIX);
    }

    static TokenHash hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
