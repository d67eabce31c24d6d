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
 * flag, the entries removed by their index, then the tracks appended.
 *
 * @param changes        what to change of the playlist itself ({@link PlaylistChanges#isEmpty() empty}: nothing)
 * @param removedIndexes the indexes (from 0, in the playlist as it was) of the entries to remove; one given twice
 *                       is removed once
 * @param appended       the tracks appended after the removals, in order
 */
public record PlaylistEdit(PlaylistChanges changes, Set<Integer> removedIndexes, List<TrackId> appended) {
    /**
     * @throws InvalidValueException naming {@code trackIds} if one is missing or they are more than a playlist holds
     * @throws NullPointerException  if {@code changes} or an index is null
     */
    public PlaylistEdit {
        Objects.requireNonNull(changes, "changes");
        removedIndexes = removedIndexes == null ? Set.of() : Set.copyOf(removedIndexes);
        appended = PlaylistLibraryService.checkTracks(appended);
    }
}
