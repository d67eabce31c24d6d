package io.tonearm.application;

import io.tonearm.domain.playlist.PlaylistId;

/** Thrown when a user tries to change a public playlist they can see but neither own nor administer. */
public final class PlaylistAccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param id the playlist the caller tried to change */
    public PlaylistAccessDeniedException(PlaylistId id) {
        super("only its owner or an admin may change playlist " + id);
    }
}
