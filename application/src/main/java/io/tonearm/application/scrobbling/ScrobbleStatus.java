package io.tonearm.application.scrobbling;

import io.tonearm.domain.enrichment.ScrobbleAccount;
import io.tonearm.domain.enrichment.ScrobbleCounts;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's scrobbling: whether the server forwards plays at all, their account (if they stored a token) and how
 * many of their listens are pending, sent and failed.
 *
 * @param enabled whether this server can reach a listening service (it is configured)
 * @param account the user's account, or null if they stored no token
 * @param counts  their listens by state
 */
public record ScrobbleStatus(boolean enabled, ScrobbleAccount account, ScrobbleCounts counts) {
    public ScrobbleStatus {
        Objects.requireNonNull(counts, "counts");
    }

    /** @return the user's account, if they stored a token */
    public Optional<ScrobbleAccount> connected() {
        return Optional.ofNullable(account);
    }
}
