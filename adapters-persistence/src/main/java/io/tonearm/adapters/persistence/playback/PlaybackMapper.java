package io.tonearm.adapters.persistence.playback;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The statements on {@code play_queues}, {@code play_queue_entries} and {@code bookmarks} (V28). */
interface PlaybackMapper {

    /** A saved queue's own row. */
    final class QueueRow {
        int currentPosition;
        long positionMs;
        Instant changedAt;
        String changedBy;
    }

    /** One entry of a queue. */
    final class EntryRow {
        int position;
        long trackId;
    }

    /** A bookmark's row. */
    final class BookmarkRow {
        long trackId;
        long positionMs;
        String comment;
        Instant createdAt;
        Instant changedAt;
    }

    /** An entry of the now-playing board, with its user's name. */
    final class NowPlayingRow {
        long userId;
        String userName;
        long trackId;
        String player;
        Instant startedAt;
    }

    /** @return the user's id, read with a shared lock: the user cannot go before the commit */
    @Select("SELECT id FROM users WHERE id = #{user} LOCK IN SHARE MODE")
    Long shareUser(@Param("user") long user);

    /** @return those of the ids that are tracks, read with a shared lock: they cannot go before the commit */
    @Select("<script>SELECT id FROM tracks WHERE id IN "
            + "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach>"
            + " LOCK IN SHARE MODE</script>")
    List<Long> shareTracks(@Param("ids") Collection<Long> ids);

    @Select("SELECT current_position, position_ms, changed_at, changed_by FROM play_queues WHERE user_id = #{user}")
    QueueRow selectQueue(@Param("user") long user);

    @Select("SELECT position, track_id FROM play_queue_entries WHERE user_id = #{user} ORDER BY position")
    List<EntryRow> selectEntries(@Param("user") long user);

    @Insert("INSERT INTO play_queues (user_id, current_position, position_ms, changed_at, changed_by) "
            + "VALUES (#{user}, #{current}, #{positionMs}, #{at}, #{by}) "
            + "ON DUPLICATE KEY UPDATE current_position = VALUES(current_position), "
            + "position_ms = VALUES(position_ms), changed_at = VALUES(changed_at), changed_by = VALUES(changed_by)")
    void upsertQueue(@Param("user") long user, @Param("current") int current, @Param("positionMs") long positionMs,
                     @Param("at") Instant at, @Param("by") String by);

    @Delete("DELETE FROM play_queue_entries WHERE user_id = #{user}")
    void deleteEntries(@Param("user") long user);

    @Insert("<script>INSERT INTO play_queue_entries (user_id, position, track_id) VALUES "
            + "<foreach item='track' index='i' collection='tracks' separator=','>(#{user}, #{i}, #{track})</foreach>"
            + "</script>")
    void insertEntries(@Param("user") long user, @Param("tracks") List<Long> tracks);

    @Delete("DELETE FROM play_queues WHERE user_id = #{user}")
    void deleteQueue(@Param("user") long user);

    @Select("SELECT COUNT(*) FROM bookmarks WHERE user_id = #{user}")
    long countBookmarks(@Param("user") long user);

    @Select("SELECT track_id, position_ms, comment, created_at, changed_at FROM bookmarks WHERE user_id = #{user} "
            + "ORDER BY changed_at DESC, track_id DESC LIMIT #{limit} OFFSET #{offset}")
    List<BookmarkRow> selectBookmarks(@Param("user") long user, @Param("offset") int offset,
                                      @Param("limit") int limit);

    @Insert("INSERT INTO bookmarks (user_id, track_id, position_ms, comment, created_at, changed_at) "
            + "VALUES (#{user}, #{track}, #{positionMs}, #{comment}, #{createdAt}, #{changedAt}) "
            + "ON DUPLICATE KEY UPDATE position_ms = VALUES(position_ms), comment = VALUES(comment), "
            + "changed_at = VALUES(changed_at)")
    void upsertBookmark(@Param("user") long user, @Param("track") long track, @Param("positionMs") long positionMs,
                        @Param("comment") String comment, @Param("createdAt") Instant createdAt,
                        @Param("changedAt") Instant changedAt);

    @Delete("DELETE FROM bookmarks WHERE user_id = #{user} AND track_id = #{track}")
    void deleteBookmark(@Param("user") long user, @Param("track") long track);

    @Insert("INSERT INTO now_playing (user_id, player, track_id, started_at) VALUES (#{user}, #{player}, #{track}, "
            + "#{at}) ON DUPLICATE KEY UPDATE track_id = VALUES(track_id), started_at = VALUES(started_at)")
    void upsertNowPlaying(@Param("user") long user, @Param("player") String player, @Param("track") long track,
                          @Param("at") Instant at);

    @Select("SELECT COUNT(*) FROM now_playing WHERE started_at >= #{since}")
    long countNowPlaying(@Param("since") Instant since);

    @Select("SELECT n.user_id, u.name AS user_name, n.track_id, n.player, n.started_at FROM now_playing n "
            + "JOIN users u ON u.id = n.user_id WHERE n.started_at >= #{since} "
            + "ORDER BY n.started_at DESC, n.user_id, n.player LIMIT #{limit} OFFSET #{offset}")
    List<NowPlayingRow> selectNowPlaying(@Param("since") Instant since, @Param("offset") int offset,
                                         @Param("limit") int limit);
}
