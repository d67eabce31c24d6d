package io.tonearm.domain.playback;

import io.tonearm.domain.TrackId;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import java.time.Instant;
import java.util.Objects;

/**
 * What one listener said they are playing now, on one player.
 *
 * @param user      who
 * @param userName  their name
 * @param track     the track
 * @param player    the player's name as it gives it (empty when unknown), at most {@value PlayQueue#MAX_CLIENT_LENGTH}
 *                  characters
 * @param startedAt when they said so
 */
public record NowPlaying(UserId user, UserName userName, TrackId track, String player, Instant startedAt) {

    public NowPlaying {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(player, "player");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
