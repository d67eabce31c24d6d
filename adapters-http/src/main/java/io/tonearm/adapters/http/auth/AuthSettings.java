package io.tonearm.adapters.http.auth;

import io.tonearm.domain.InvalidValueException;
import java.time.Duration;

/**
 * How signing in is remembered and how failures are limited.
 *
 * @param memory            how long verified credentials are remembered without checking the password hash again
 *                          (each use still confirms that the user's credentials did not change); zero turns it off
 * @param failuresPerAddress failed sign-ins from one client address allowed in a burst
 * @param failuresPerName    failed sign-ins for one user name allowed in a burst
 * @param failureRefill      after a burst, one more attempt is allowed per this period (per address and per name)
 */
public record AuthSettings(Duration memory, int failuresPerAddress, int failuresPerName, Duration failureRefill) {
    /** @throws InvalidValueException naming the first setting out of range */
    public AuthSettings {
        if (memory == null || memory.isNegative()) {
            throw new InvalidValueException("memory", "memory must be zero or positive but was " + memory);
        }
        if (failuresPerAddress < 1) {
            throw new InvalidValueException("failuresPerAddress",
                    "failuresPerAddress must be positive but was " + failuresPerAddress);
        }
        if (failuresPerName < 1) {
            throw new InvalidValueException("failuresPerName",
                    "failuresPerName must be positive but was " + failuresPerName);
        }
        if (failureRefill == null || failureRefill.isNegative() || failureRefill.isZero()) {
            throw new InvalidValueException("failureRefill",
                    "failureRefill must be positive but was " + failureRefill);
        }
    }

    /**
     * @return credentials remembered 2 minutes; 10 failures per address and 20 per name in a burst, then one
     *     attempt per 30 seconds
     */
    public static AuthSettings defaults() {
        return new AuthSettings(Duration.ofMinutes(2), 10, 20, Duration.ofSeconds(30));
    }
}
