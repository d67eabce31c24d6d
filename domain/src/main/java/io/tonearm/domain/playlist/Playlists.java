package io.tonearm.domain.playlist;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The users' playlists. Entries are kept in order, a track possibly more than once; removing a track from the
 * catalog removes it from every playlist, removing a user removes their playlists. Every change of the entries
 * that names tracks checks they exist in the same transaction.
 */
public interface Playlists {

    /** @return the playlist, or empty if there is none with this id */
    Optional<Playlist> findById(PlaylistId id);

    /**
     * @return the playlists {@code viewer} may see: their own and every other user's public ones, by name (then
     *     id)
     */
    Page<Playlist> findVisibleTo(UserId viewer, PageRequest page);

    /** @return the playlist's entries in order (empty for an unknown playlist) */
    Page<TrackId> findEntries(PlaylistId id, PageRequest page);

    /**
     * @param paths file paths as the catalog stores them
     * @return the track of each path the catalog has; unknown paths are left out
     */
    Map<String, TrackId> findTracksByPaths(Collection<String> paths);

    /**
     * Creates a playlist with its first entries.
     *
     * @return the playlist as stored, with its id
     * @throws InvalidValueException naming {@code trackIds} and every id of no track; nothing is written then
     */
    Playlist add(NewPlaylist playlist);

    /**
     * Changes the playlist's name, comment or flag and its changed time.
     *
     * @return the playlist as stored after the change, or empty if there is none with this id
     */
    Optional<Playlist> update(PlaylistId id, PlaylistChanges changes, Instant at);

    /**
     * Replaces the playlist's entries by what {@code edit} makes of them (called with the entries in order, read
     * under a lock on the playlist, so that two edits at once apply one after the other) and moves its changed
     * time on. The edit may be run more than once (a write run again after a deadlock): it must depend on its
     * argument alone.
     *
     * @return the playlist as stored after the change, or empty if there is none with this id
     * @throws InvalidValueException from the edit (for example an index out of range), or naming {@code trackIds}
     *     and every id of no track among those the edit added, or if the result exceeds
     *     {@value Playlist#MAX_ENTRIES} entries; nothing is written then
     */
    Optional<Playlist> editEntries(PlaylistId id, UnaryOperator<List<TrackId>> edit, Instant at);

    /**
     * Changes the playlist's name, comment or flag and its entries at once, in one transaction: what
     * {@link #update} and {@link #editEntries} each do, both or neither written.
     *
     * @param changes what to change of the playlist itself ({@link PlaylistChanges#isEmpty() empty}: nothing)
     * @param edit    what to make of its entries, as for {@link #editEntries}
     * @return the playlist as stored after the change, or empty if there is none with this id
     * @throws InvalidValueException as {@link #editEntries} does; nothing is written then
     */
    Optional<Playlist> change(PlaylistId id, PlaylistChanges changes, UnaryOperator<List<TrackId>> edit, Instant at);

    /** Removes the playlist and its entries. @return true if it existed */
    boolean delete(PlaylistId id);
}
