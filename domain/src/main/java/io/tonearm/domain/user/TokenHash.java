package io.tonearm.domain.user;

import io.tonearm.domain.InvalidValueException;
import java.util.regex.Pattern;

/**
 * An API token as stored: the SHA-256 of its secret, in lower-case hex. A token's secret has 256 random bits,
 * so a fast hash is enough to make the stored value useless to whoever reads it.
 *
 * @param hex 64 lower-case hex digits
 */
public record TokenHash(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** @throws InvalidValueException if the text is not 64 lower-case hex digits */
    public TokenHash {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new InvalidValueException("tokenHash", "tokenHash must be 64 lower-case hex digits");
        }
    }

    @Override
    public String toString() {
        return "TokenHash[" + hex.substring(0, 8) + "...]";
    }
}
