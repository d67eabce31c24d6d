package io.tonearm.domain.playback;

import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.user.UserId;
import java.time.Instant;

/** What every listener is playing now, one entry per listener and player, shared by every process. */
public interface NowPlayingBoard {

    /**
     * Says that the user started the track on the player at {@code at}, replacing what that player played before.
     *
     * @param player the player's name (empty when unknown), at most {@value PlayQueue#MAX_CLIENT_LENGTH} characters
     * @return true if the user and the track exist (nothing is written otherwise)
     */
    boolean set(UserId user, TrackId track, String player, Instant at);

    /** @return the entries started at or after {@code since}, the latest first */
    Page<NowPlaying> find(Instant since, PageRequest page);
}
