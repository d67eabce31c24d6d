package io.tonearm.domain.playback;

import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.user.UserId;

/** Each user's bookmarks, at most one per track. */
public interface Bookmarks {

    /** @return the user's bookmarks, the most recently set first */
    Page<Bookmark> find(UserId user, PageRequest page);

    /**
     * Sets the user's bookmark in the bookmark's track: a new one is kept as it is; an existing one keeps its
     * creation time and takes the new position, comment and change time.
     *
     * @return true if the user and the track exist (nothing is written otherwise)
     */
    boolean set(UserId user, Bookmark bookmark);

    /** @return true if the user had a bookmark in the track, which is gone now */
    boolean delete(UserId user, TrackId track);
}
