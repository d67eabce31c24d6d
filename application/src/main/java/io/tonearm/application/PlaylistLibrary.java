package io.tonearm.application;

import io.tonearm.application.users.Caller;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playlist.Playlist;
import io.tonearm.domain.playlist.PlaylistChanges;
import io.tonearm.domain.playlist.PlaylistId;
import io.tonearm.domain.playlist.Playlists;
import io.tonearm.domain.port.ChangeLog;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.user.UserId;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The users' playlists. A caller sees their own playlists and every public one (an admin also reaches any by id);
 * a playlist they may not see is answered as one that does not exist, so that its name does not leak. Only its
 * owner or an admin changes a playlist: another user changing a public one gets
 * {@link PlaylistAccessDeniedException}. Every change drops, through the invalidation table
 * ({@link Mutation#PLAYLIST_CHANGED}, {@link Mutation#PUBLIC_PLAYLIST_CHANGED}) and the change log, the playlist's
 * cached entry and entries and the lists of playlists it is in: its owner's alone for a private playlist, every
 * user's for a public one.
 */
public interface PlaylistLibrary {

    /** @return the caller's own playlists and every other user's public ones, by name */
    Page<Playlist> getPlaylists(Caller caller, PageRequest page);

    /**
     * @return the playlists {@code owner} owns, by name: all of them for the owner themselves or an admin, the
     *     public ones for anybody else; none for a user who has none or does not exist
     */
    List<Playlist> getPlaylistsOwnedBy(Caller caller, UserId owner);

    /** @return the playlist, or empty if there is none with this id that the caller may see */
    Optional<Playlist> getPlaylist(Caller caller, PlaylistId id);

    /**
     * @return the playlist's tracks in order as the caller sees them (with their favorites and plays), a track as
     *     often as it is entered; an empty page (total 0) if there is no such playlist the caller may see
     */
    Page<Track> getPlaylistTracks(Caller caller, PlaylistId id, PageRequest page);

    /**
     * Creates a playlist of the caller's.
     *
     * @param tracks its first entries, in order (may be empty)
     * @return the playlist as stored
     * @throws InvalidValueException naming {@code name}, {@code comment}, or {@code trackIds} with every id of no
     *     track; nothing is created then
     */
    Playlist createPlaylist(Caller caller, String name, String comment, boolean isPublic, List<TrackId> tracks);

    /**
     * Creates a playlist of the caller's from file paths (an imported M3U8 playlist), each resolved to the
     * catalog's track with that stored path: an absolute path as it is, a relative one against each of
     * {@code roots} in turn (the first that names a track wins).
     *
     * @param paths the paths, in order
     * @param roots the library's roots, which relative paths are read against
     * @return the playlist as stored
     * @throws InvalidValueException naming {@code name}, or {@code paths} with every path of no track (at most the
     *     first twenty); nothing is created then
     */
    Playlist importPlaylist(Caller caller, String name, List<String> paths, List<Path> roots);

    /**
     * Changes a playlist's name, comment or public flag.
     *
     * @return the playlist after the change, or empty if there is none with this id the caller may see
     * @throws PlaylistAccessDeniedException if the caller sees it but neither owns it nor is an admin
     */
    Optional<Playlist> updatePlaylist(Caller caller, PlaylistId id, PlaylistChanges changes);

    /**
     * Changes a playlist in one transaction: its name, comment or flag, then removes the entries at the edit's
     * indexes (in the playlist as it was) or all of them ({@link PlaylistEdit#replacing}), then appends its tracks.
     * Either all of it is made or nothing.
     *
     * @return the playlist after the change, or empty if there is none with this id the caller may see
     * @throws InvalidValueException naming {@code index} if one is out of range, or {@code trackIds} with every id
     *     of no track, or if the playlist would hold too many entries; nothing changes then
     * @throws PlaylistAccessDeniedException if the caller sees it but neither owns it nor is an admin
     */
    Optional<Playlist> updatePlaylist(Caller caller, PlaylistId id, PlaylistEdit edit);

    /**
     * Appends tracks to a playlist.
     *
     * @return the playlist after the change, or empty if there is none with this id the caller may see
     * @throws InvalidValueException naming {@code trackIds} with every id of no track; nothing changes then
     * @throws PlaylistAccessDeniedException if the caller sees it but neither owns it nor is an admin
     */
    Optional<Playlist> appendTracks(Caller caller, PlaylistId id, List<TrackId> tracks);

    /**
     * Replaces a playlist's entries.
     *
     * @return the playlist after the change, or empty if there is none with this id the caller may see
     * @throws InvalidValueException naming {@code trackIds} with every id of no track; nothing changes then
     * @throws PlaylistAccessDeniedException if the caller sees it but neither owns it nor is an admin
     */
    Optional<Playlist> replaceTracks(Caller caller, PlaylistId id, List<TrackId> tracks);

    /**
     * Removes entries by their index (from 0) in the playlist as it is now; an index given twice is removed once.
     *
     * @return the playlist after the change, or empty if there is none with this id the caller may see
     * @throws InvalidValueException naming {@code index} if one is out of range; nothing changes then
     * @throws PlaylistAccessDeniedException if the caller sees it but neither owns it nor is an admin
     */
    Optional<Playlist> removeEntries(Caller caller, PlaylistId id, Collection<Integer> indexes);

    /**
     * Moves the entry at index {@code from} so that it ends up at index {@code to}, the others keeping their order.
     *
     * @return the playlist after the change, or empty if there is none with this id the caller may see
     * @throws InvalidValueException naming {@code from} or {@code to} if it is out of range; nothing changes then
     * @throws PlaylistAccessDeniedException if the caller sees it but neither owns it nor is an admin
     */
    Optional<Playlist> moveEntry(Caller caller, PlaylistId id, int from, int to);

    /**
     * Deletes a playlist.
     *
     * @return true if there was one with this id that the caller may see
     * @throws PlaylistAccessDeniedException if the caller sees it but neither owns it nor is an admin
     */
    boolean deletePlaylist(Caller caller, PlaylistId id);

    /**
     * Creates the playlist use cases.
     *
     * @param listeners the library as each caller sees it, which a playlist's tracks are read from
     * @param changes   the change log every change is also written into (in the same transaction)
     * @param clock     the clock a playlist's created and changed times are read from
     */
    static PlaylistLibrary create(Playlists playlists, Listeners listeners, QueryCache cache, ChangeLog changes,
                                  Clock clock) {
        return create(playlists, listeners, cache, changes, InvalidationListener.NONE, clock);
    }

    /**
     * As {@link #create(Playlists, Listeners, QueryCache, ChangeLog, Clock)}, every change's invalidation also told
     * to {@code listener} once applied.
     *
     * @param listeners the library as each caller sees it, which a playlist's tracks are read from
     * @param changes   the change log every change is also written into (in the same transaction)
     * @param clock     the clock a playlist's created and changed times are read from
     */
    static PlaylistLibrary create(Playlists playlists, Listeners listeners, QueryCache cache, ChangeLog changes,
                                  InvalidationListener listener, Clock clock) {
        return new PlaylistLibraryService(Objects.requireNonNull(playlists, "playlists"),
                Objects.requireNonNull(listeners, "listeners"), Objects.requireNonNull(cache, "cache"),
                Objects.requireNonNull(changes, "changes"), Objects.requireNonNull(listener, "listener"),
                Objects.requireNonNull(clock, "clock"));
    }
}
