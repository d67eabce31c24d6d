package io.tonearm.adapters.http;

import io.tonearm.application.scrobbling.ScrobbleStatus;
import io.tonearm.domain.enrichment.ScrobbleAccount;
import java.time.Instant;

/**
 * The answer of {@code GET /api/users/me/scrobbles}: whether the server forwards plays, whether the caller stored a
 * ListenBrainz token (never the token) and whether the service refused it, and the caller's listens by state.
 */
record ScrobbleStatusResponse(boolean enabled, boolean connected, Instant connectedAt, boolean rejected,
                              Instant rejectedAt, String rejection, long pending, long sent, long failed) {

    static ScrobbleStatusResponse of(ScrobbleStatus status) {
        ScrobbleAccount account = status.account();
        return new ScrobbleStatusResponse(status.enabled(), account != null,
                account == null ? null : account.connectedAt(), account != null && account.rejected(),
                account == null ? null : account.rejectedAt(), account == null ? null : account.rejection(),
                status.counts().pending(), status.counts().sent(), status.counts().failed());
    }
}
