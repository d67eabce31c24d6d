package io.tonearm.domain.port;

import io.tonearm.domain.AlbumId;
import io.tonearm.domain.DuplicateTrackPathException;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.TitleAndArtist;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's tracks. Lists return track ids in list order with an exact total; the caller fetches the
 * tracks themselves with {@link #findByIds}, so that a cached list never carries stale track facts.
 */
public interface Tracks {

    /** @return the track with this id, or empty */
    Optional<Track> findById(TrackId id);

    /** @return the tracks with these ids that exist, in no particular order */
    List<Track> findByIds(Collection<TrackId> ids);

    /** @return all tracks, in the order they were added */
    Page<TrackId> findAll(PageRequest page);

    /** @return the tracks whose title, artists or album match every word of the query, in the order added */
    Page<TrackId> search(SearchQuery query, PageRequest page);

    /** @return the favorite tracks, in the order added */
    Page<TrackId> findFavorites(PageRequest page);

    /** @return the tracks played at least once, the most recently played first */
    Page<TrackId> findRecentlyPlayed(PageRequest page);

    /** @return the tracks played at least once, the most played first */
    Page<TrackId> findMostPlayed(PageRequest page);

    /** @return the album's tracks by disc and track number */
    Page<TrackId> findByAlbum(AlbumId album, PageRequest page);

    /**
     * Looks up many tracks at once, in one round trip.
     *
     * @return the ids of the tracks whose title equals one pair's title and one of whose artists equals that
     *     pair's artist (ignoring case and accents), in no particular order
     */
    List<TrackId> findByTitleAndArtist(Collection<TitleAndArtist> wanted);

    /**
     * Adds a track, creating its album and artists as needed.
     *
     * @return the stored track
     * @throws DuplicateTrackPathException if a track with this path exists; nothing is written
     */
    Track add(NewTrack track);

    /**
     * Adds many tracks in one transaction: all of them or, on any failure, none.
     *
     * @return the number of tracks added
     * @throws DuplicateTrackPathException if a path exists already or twice in the list; nothing is written
     */
    int addAll(List<NewTrack> tracks);

    /**
     * Inserts or updates many tracks by path in one transaction: a new path is added, a known path gets the
     * new tags and file facts while keeping its id, favorite flag and plays.
     *
     * <p>This is how a scan stores files, so a track without album artist takes it from its folder: the tracks
     * without album artist of one album title (ignoring case and accents) in one directory are one album, by
     * their common first artist or, when their first artists differ, by "Various Artists". The catalog's
     * tracks of that folder count as well as the given ones, and move to the decided album when it changes,
     * so the decision does not depend on which files of the folder are stored together. ({@link #add},
     * {@link #addAll} and {@link #update} keep the first track artist, or the current album artist.)
     *
     * @return the number of tracks inserted or changed
     */
    int upsertAll(List<NewTrack> tracks);

    /** @return the changed track, or empty if there is no track with this id */
    Optional<Track> update(TrackId id, TrackChanges changes);

    /**
     * Deletes a track with its plays; albums and artists left without tracks go too. The other tracks stay as
     * they are: a track deleted from the catalog usually still has its file, which the next scan adds again.
     *
     * @return true if it existed
     */
    boolean delete(TrackId id);

    /**
     * Deletes many tracks as {@link #delete} does, in one transaction: all of them or, on any failure, none.
     * Unknown ids are skipped. This is how a scan removes the tracks whose files are gone, so the folders whose
     * album artist the catalog derived from them (see {@link #upsertAll}) decide it again from the tracks they
     * keep, which may move those tracks to another album.
     *
     * @return the number of tracks deleted
     */
    int deleteAll(Collection<TrackId> ids);

    /** @return true if the track exists (its flag is then {@code favorite}) */
    boolean setFavorite(TrackId id, boolean favorite);
}
