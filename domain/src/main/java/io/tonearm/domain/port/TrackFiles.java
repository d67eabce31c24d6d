package io.tonearm.domain.port;

import io.tonearm.domain.KnownFile;
import io.tonearm.domain.TrackId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The catalog seen as files, for scans: which paths it knows with what size and time, which of its tracks
 * lie under a directory, and the two file-level changes a scan makes besides adding and updating tracks
 * (those go through {@link Tracks#upsertAll}): a track's file moved, and a file rewritten by tag write-back; and
 * whether a directory holds a cover image, which can change while none of its audio files does.
 */
public interface TrackFiles {

    /** @return the known files having one of these sizes, in no particular order (candidates for a move) */
    List<KnownFile> findBySizes(Collection<Long> sizes);

    /**
     * Lists the tracks whose path starts with {@code directory}, by id, a page at a time.
     *
     * @param directory a directory path ending with the separator; {@code %} and {@code _} are literal
     * @param afterId   only tracks with a greater id (0 for the first page)
     * @param upToId    only tracks with this id or a smaller one
     * @param limit     the most files returned, 1 to 10,000
     * @return the files, by ascending id
     */
    List<KnownFile> findUnder(String directory, long afterId, long upToId, int limit);

    /** @return the greatest track id in the catalog, or empty if it has no track */
    Optional<TrackId> findLastId();

    /**
     * Gives a track a new file path, keeping everything else (id, tags, favorite flag, plays).
     *
     * @return true if the track exists
     * @throws io.tonearm.domain.DuplicateTrackPathException if another track has the new path; nothing changes
     */
    boolean setPath(TrackId id, String newPath);

    /**
     * Records a file's new size and modification time after Tonearm rewrote it (tag write-back).
     *
     * @return true if the track exists
     */
    boolean setFileFacts(TrackId id, long size, Instant modifiedAt);

    /**
     * Records whether the directory of these tracks' files holds a cover image now (a scan found one added or
     * removed), keeping everything else.
     *
     * @param present whether the directory holds a cover image
     * @return how many of the tracks exist and changed
     */
    int recordFolderImage(Collection<TrackId> ids, boolean present);
}
