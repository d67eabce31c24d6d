package io.tonearm.domain.playlist;

import io.tonearm.domain.InvalidValueException;

/**
 * What to change of a playlist itself (not its entries); a null part is kept as it is.
 *
 * @param name     the new name (checked and stripped as {@link Playlist#checkName} does), or null
 * @param comment  the new comment (a blank one clears it), or null
 * @param isPublic the new flag, or null
 */
public record PlaylistChanges(String name, String comment, Boolean isPublic) {
    /** @throws InvalidValueException naming {@code name} or {@code comment} if it is not acceptable */
    public PlaylistChanges {
        name = name == null ? null : Playlist.checkName(name);
        comment = comment == null ? null : comment.isBlank() ? "" : Playlist.checkComment(comment);
    }

    /** @return whether nothing is to change */
    public boolean isEmpty() {
        return name == null && comment == null && isPublic == null;
    }

    /** @return the playlist's flag after these changes */
    public boolean publicAfter(Playlist playlist) {
        return isPublic == null ? playlist.isPublic() : isPublic;
    }
}
