package io.tonearm.domain.playlist;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A playlist to create.
 *
 * @param owner     who creates it
 * @param name      its name (checked as {@link Playlist#checkName} does, stripped)
 * @param comment   its comment, or null
 * @param isPublic  whether every user may see it
 * @param tracks    its first entries, in order (a track may appear more than once), at most
 *                  {@value Playlist#MAX_ENTRIES}
 * @param createdAt when it is created
 */
public record NewPlaylist(UserId owner, String name, String comment, boolean isPublic, List<TrackId> tracks,
                          Instant createdAt) {
    /** @throws InvalidValueException naming the field that is not acceptable */
    public NewPlaylist {
        Objects.requireNonNull(owner, "owner");
        name = Playlist.checkName(name);
        comment = Playlist.checkComment(comment);
        tracks = checkEntries(tracks);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * @return the entries, copied
     * @throws InvalidValueException naming {@code trackIds} if there are more than {@value Playlist#MAX_ENTRIES} or
     *     one is missing
     */
    static List<TrackId> checkEntries(List<TrackId> tracks) {
        if (tracks == null) {
            return List.of();
        }
        if (tracks.size() > Playlist.MAX_ENTRIES) {
            throw new InvalidValueException("trackIds", "a playlist holds at most " + Playlist.MAX_ENTRIES
                    + " entries but " + tracks.size() + " were given");
        }
        for (int i = 0; i < tracks.size(); i++) {
            if (tracks.get(i) == null) {
                throw new InvalidValueException("trackIds", "trackIds[" + i + "] is missing");
            }
        }
        return List.copyOf(tracks);
    }
}
