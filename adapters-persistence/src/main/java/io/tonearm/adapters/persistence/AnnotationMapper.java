package io.tonearm.adapters.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Each user's annotations of tracks ({@code track_annotations}) and their plays. Lists, like {@link TrackMapper}'s,
 * have an offset form and a seek form ({@code after*} given), each walking one of the table's (user, key, track)
 * indexes in list order.
 */
interface AnnotationMapper {

    /** @return the track's id if it exists, read with a shared lock: it cannot be deleted until the commit */
    @Select("SELECT id FROM tracks WHERE id = #{id} LOCK IN SHARE MODE")
    Long shareTrack(@Param("id") long id);

    List<AnnotationRow> selectByIds(@Param("user") long user, @Param("ids") Collection<Long> ids);

    AnnotationRow selectOne(@Param("user") long user, @Param("track") long track);

    /** Stars the track, keeping the time it was first starred if it is already. */
    void star(@Param("user") long user, @Param("track") long track, @Param("at") Instant at);

    /** Sets the user's rating of the track (0 clears it). */
    void rate(@Param("user") long user, @Param("track") long track, @Param("rating") int rating);

    @Update("UPDATE track_annotations SET favorite = FALSE, starred_at = NULL"
            + " WHERE user_id = #{user} AND track_id = #{track}")
    void unstar(@Param("user") long user, @Param("track") long track);

    /** A row left with nothing to say goes. */
    @Delete("DELETE FROM track_annotations WHERE user_id = #{user} AND track_id = #{track}"
            + " AND NOT favorite AND play_count = 0 AND rating = 0")
    void dropIfEmpty(@Param("user") long user, @Param("track") long track);

    /** Counts one play; a late-arriving event counts but does not move the last played time back. */
    void countPlay(@Param("user") long user, @Param("track") long track, @Param("at") Instant at);

    @Update("INSERT INTO plays (track_id, user_id, played_at) VALUES (#{track}, #{user}, #{at})")
    void insertPlay(@Param("user") long user, @Param("track") long track, @Param("at") Instant at);

    /**
     * Queues the play as a listen for the user's listening service, with the track's tags as they are now, if the
     * user has a token that was not refused (docs/enrichment.md, scrobbling); otherwise writes nothing.
     */
    void queueListen(@Param("user") long user, @Param("track") long track, @Param("at") Instant at);

    @Select("SELECT COUNT(*) FROM track_annotations WHERE user_id = #{user} AND favorite")
    long countFavorites(@Param("user") long user);

    @Select("SELECT COUNT(*) FROM track_annotations WHERE user_id = #{user} AND play_count > 0")
    long countPlayed(@Param("user") long user);

    List<Long> selectFavorites(@Param("user") long user, @Param("offset") int offset, @Param("limit") int limit,
                               @Param("afterId") Long afterId);

    /** @return ids with the user's last played time (at) */
    List<KeyedId> selectRecent(@Param("user") long user, @Param("offset") int offset, @Param("limit") int limit,
                               @Param("afterAt") Instant afterAt, @Param("afterId") Long afterId);

    /** @return ids with the user's play count (number) */
    List<KeyedId> selectPopular(@Param("user") long user, @Param("offset") int offset, @Param("limit") int limit,
                                @Param("afterCount") Long afterCount, @Param("afterId") Long afterId);

    /** @return track ids (id) with the user's plays in the window (number), the most played first */
    List<KeyedId> chart(@Param("user") long user, @Param("since") Instant since, @Param("offset") int offset,
                        @Param("limit") int limit);

    @Select("SELECT COUNT(DISTINCT track_id) FROM plays WHERE user_id = #{user} AND played_at >= #{since}")
    long countChart(@Param("user") long user, @Param("since") Instant since);
}
