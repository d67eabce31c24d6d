package io.tonearm.adapters.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Tracks. List statements return ids only (the port hands out ids, the caller loads tracks by id); each has
 * an offset form and a seek form ({@code after*} given), both walking a narrow index in list order.
 */
interface TrackMapper {

    List<TrackRow> selectByIds(@Param("ids") Collection<Long> ids);

    /** @return the ids of the tracks that exist, their rows (only theirs) locked for update in id order */
    List<Long> lockIds(@Param("ids") Collection<Long> ids);

    /**
     * Locks the rows (only the tracks'): the caller is about to change them. Found through the paths' hashes:
     * the caller keeps the rows whose path is exactly one asked for.
     *
     * @param paths {@link Json#strings} of the paths
     * @return id and path (text) of the tracks found
     */
    List<KeyedId> lockIdsByPaths(@Param("paths") String paths);

    /** @return per track (id) its artists: position (pos), artist id (number) and name (text) */
    List<KeyedId> selectArtistsOf(@Param("ids") Collection<Long> ids);

    /**
     * @param paths {@link Json#strings} of the paths
     * @return id and path (text) of the tracks with these paths' hashes, read with a shared lock; the caller
     *     keeps those whose path is exactly one asked for
     */
    List<KeyedId> selectIdsByPaths(@Param("paths") String paths);

    @Select("SELECT COALESCE(MAX(id), 0) FROM tracks")
    long maxTrackId();

    /** @return id and path (text) of the tracks with a greater id, in id order (a primary-key range) */
    @Select("SELECT id, path AS text FROM tracks WHERE id > #{afterId} ORDER BY id")
    List<KeyedId> selectPathsAfter(@Param("afterId") long afterId);

    List<Long> selectAll(@Param("offset") int offset, @Param("limit") int limit, @Param("afterId") Long afterId);

    List<Long> selectAllAfter(@Param("afterId") long afterId, @Param("skip") int skip, @Param("limit") int limit);

    Long selectIdAfter(@Param("afterId") Long afterId, @Param("skip") int skip);

    List<Long> selectFavorites(@Param("offset") int offset, @Param("limit") int limit,
                               @Param("afterId") Long afterId);

    /** @return ids with their last played time (at) */
    List<KeyedId> selectRecent(@Param("offset") int offset, @Param("limit") int limit,
                               @Param("afterAt") Instant afterAt, @Param("afterId") Long afterId);

    /** @return ids with their play count (number) */
    List<KeyedId> selectPopular(@Param("offset") int offset, @Param("limit") int limit,
                                @Param("afterCount") Long afterCount, @Param("afterId") Long afterId);

    /** @return ids with their disc (number) and track number (pos), 0 when unknown */
    List<KeyedId> selectByAlbum(@Param("albumId") long albumId, @Param("offset") int offset,
                                @Param("limit") int limit, @Param("afterDisc") Long afterDisc,
                                @Param("afterTrack") Long afterTrack, @Param("afterId") Long afterId);

    List<Long> search(@Param("patterns") List<String> patterns, @Param("offset") int offset,
                      @Param("limit") int limit, @Param("afterId") Long afterId);

    long countSearch(@Param("patterns") List<String> patterns);

    /**
     * One evaluation of the matches for both the page and the total (a window count): for offset pages. Empty
     * when the offset is past the end (then {@link #countSearch} tells the total).
     *
     * @return ids with the total number of matches (number)
     */
    List<KeyedId> searchWithTotal(@Param("patterns") List<String> patterns, @Param("offset") int offset,
                                  @Param("limit") int limit);

    /** @param wanted {@link Json#titleArtistPairs} of the pairs */
    List<Long> selectByTitleAndArtist(@Param("wanted") String wanted);

    void insertTrack(TrackRow row);

    /** Replaces the tags and file facts; id, favorite, plays and added time stay. */
    void updateTrack(TrackRow row);

    @Update("INSERT INTO track_artists (track_id, position, artist_id) VALUES (#{trackId}, #{position}, #{artistId})")
    void insertTrackArtist(@Param("trackId") long trackId, @Param("position") int position,
                           @Param("artistId") long artistId);

    @Delete("DELETE FROM track_artists WHERE track_id = #{trackId}")
    void deleteTrackArtists(@Param("trackId") long trackId);

    /**
     * IGNORE: two words of one track may be equal ignoring case and accents ("Love love").
     *
     * @param terms {@link Json#terms} of (word, track id)
     */
    void insertTrackTerms(@Param("terms") String terms);

    @Delete("DELETE FROM track_terms WHERE track_id = #{trackId}")
    void deleteTrackTerms(@Param("trackId") long trackId);

    /** Plays, artists links and search words go with them (ON DELETE CASCADE). */
    void deleteTracks(@Param("ids") List<Long> ids);

    /** @return the track's flag, locking only the track's row; null if there is no such track */
    @Select("SELECT favorite FROM tracks WHERE id = #{id} FOR UPDATE")
    Boolean lockFavorite(@Param("id") long id);

    @Update("UPDATE tracks SET favorite = #{favorite} WHERE id = #{id}")
    void setFavorite(@Param("id") long id, @Param("favorite") boolean favorite);

    /**
     * @param groups {@link Json#stringPairs} of (directory, album title)
     * @return the stored tracks with a derived album artist of each group, locked for update
     */
    List<DerivedRow> selectDerivedInDirectories(@Param("groups") String groups);

    void moveToAlbum(@Param("id") long id, @Param("albumId") long albumId, @Param("albumArtistId") long albumArtistId,
                     @Param("now") java.time.Instant now);
}
