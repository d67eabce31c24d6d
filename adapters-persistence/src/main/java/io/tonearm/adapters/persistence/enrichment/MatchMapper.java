package io.tonearm.adapters.persistence.enrichment;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The statements of {@link MyBatisAlbumMatches}: one line each. */
interface MatchMapper {

    /** One stored row: how it was matched (or the candidate's score), the release as JSON, and when. */
    final class MatchRow {
        String source;
        int score;
        String releaseJson;
        Instant matchedAt;
    }

    @Select("SELECT source, release_json AS releaseJson, matched_at AS matchedAt FROM album_matches WHERE album_id = #{album}")
    MatchRow find(@Param("album") long album);

    @Select("SELECT source FROM album_matches WHERE album_id = #{album} FOR UPDATE")
    String lockSource(@Param("album") long album);

    @Insert("INSERT INTO album_matches (album_id, release_id, source, release_json, matched_at) VALUES (#{album}, #{release}, #{source}, #{json}, #{at}) ON DUPLICATE KEY UPDATE release_id = VALUES(release_id), source = VALUES(source), release_json = VALUES(release_json), matched_at = VALUES(matched_at)")
    void upsert(@Param("album") long album, @Param("release") String release, @Param("source") String source,
                @Param("json") String json, @Param("at") Instant at);

    @Delete("DELETE FROM album_candidates WHERE album_id = #{album}")
    void deleteCandidates(@Param("album") long album);

    @Insert("INSERT INTO album_candidates (album_id, position, score, release_json) VALUES (#{album}, #{position}, #{score}, #{json})")
    void insertCandidate(@Param("album") long album, @Param("position") int position, @Param("score") int score,
                         @Param("json") String json);

    @Select("SELECT score, release_json AS releaseJson FROM album_candidates WHERE album_id = #{album} ORDER BY position")
    List<MatchRow> candidates(@Param("album") long album);
}
