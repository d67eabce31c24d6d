package io.tonearm.adapters.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Play events and the counters they drive. */
interface PlayMapper {

    /** @return the track's play count, locking the row; null if there is no such track */
    @Select("SELECT play_count FROM tracks WHERE id = #{id} FOR UPDATE")
    Long lockPlayCount(@Param("id") long id);

    @Update("INSERT INTO plays (track_id, played_at) VALUES (#{trackId}, #{playedAt})")
    void insertPlay(@Param("trackId") long trackId, @Param("playedAt") Instant playedAt);

    /** A late-arriving event counts but does not move the last played time back. */
    @Update("UPDATE tracks SET play_count = play_count + 1,"
            + " last_played_at = GREATEST(COALESCE(last_played_at, #{playedAt}), #{playedAt}) WHERE id = #{trackId}")
    void countPlay(@Param("trackId") long trackId, @Param("playedAt") Instant playedAt);

    /**
     * @return track ids (id) with their plays in the window (number), the most played first; the window is a
     *     range of ix_plays_window (played_at, track_id), so the grouping reads only the index
     */
    List<KeyedId> chart(@Param("since") Instant since, @Param("offset") int offset, @Param("limit") int limit);

    @Select("SELECT COUNT(DISTINCT track_id) FROM plays WHERE played_at >= #{since}")
    long countChart(@Param("since") Instant since);
}
