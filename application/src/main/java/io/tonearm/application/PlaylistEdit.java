package io.tonearm.application;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playlist.PlaylistChanges;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One change of a playlist, made whole or not at all ({@link PlaylistLibrary#updatePlaylist(
 * io.tonearm.application.users.Caller, io.tonearm.domain.playlist.PlaylistId, PlaylistEdit)}): its name, comment or
 * flag, the entries removed (by their index, or all of them), then the tracks appended.
 *
 * @param changes        what to change of the playlist itself ({@link PlaylistChanges#isEmpty() empty}: nothing)
 * @param removesAll     whether every entry is removed (the appended tracks then replace them)
 * @param removedIndexes the indexes (from 0, in the playlist as it was) of the entries to remove; one given twice
 *                       is removed once; none when {@code removesAll}
 * @param appended       the tracks appended after the removals, in order
 */
public record PlaylistEdit(PlaylistChanges changes, boolean removesAll, Set<Integer> removedIndexes,
                           List<TrackId> appended) {
    /**
     * @throws InvalidValueException    naming {@code trackIds} if one is missing or they are more than a playlist
     *                                  holds
     * @throws IllegalArgumentException if it both removes all entries and names indexes to remove
     * @throws NullPointerException     if {@code changes} or an index is null
     */
    public PlaylistEdit {
        Objects.requireNonNull(changes, "changes");
        removedIndexes = removedIndexes == null ? Set.of() : Set.copyOf(removedIndexes);
        if (removesAll && !removedIndexes.isEmpty()) {
            throw new IllegalArgumentException("an edit that removes every entry names no index to remove");
        }
        appended = PlaylistLibraryService.checkTracks(appended);
    }

    /**
     * An edit that removes the entries at {@code removedIndexes}, then appends {@code appended}.
     *
     * @throws InvalidValueException naming {@code trackIds} if one is missing or they are more than a playlist holds
     * @throws NullPointerException  if {@code changes} or an index is null
     */
    public PlaylistEdit(PlaylistChanges changes, Set<Integer> removedIndexes, List<TrackId> appended) {
        this(changes, false, removedIndexes, appended);
    }

    /**
     * @param tracks the playlist's entries after the edit, in order
     * @return an edit that makes {@code changes} and replaces every entry by {@code tracks}
     * @throws InvalidValueException naming {@code trackIds} if one is missing or they are more than a playlist holds
     * @throws NullPointerException  if {@code changes} is null
     */
    public static PlaylistEdit replacing(PlaylistChanges changes, List<TrackId> tracks) {
        return new PlaylistEdit(changes, true, Set.of(), tracks);
    }
}
