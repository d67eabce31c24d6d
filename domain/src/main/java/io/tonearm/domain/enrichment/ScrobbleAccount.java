package io.tonearm.domain.enrichment;

import java.time.Instant;

/**
 * A user's account at their listening service, as far as Tonearm knows it (the token itself is never shown).
 *
 * @param connectedAt when the token was stored
 * @param rejectedAt  when the service refused the token, or null while it has not
 * @param rejection   what the service said when it refused it, or null
 */
public record ScrobbleAccount(Instant connectedAt, Instant rejectedAt, String rejection) {

    /** @return true if the service refused the token: nothing of the user's is sent until a new one is stored */
    public boolean rejected() {
        return rejectedAt != null;
    }
}
