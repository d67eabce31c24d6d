package io.tonearm.adapters.persistence.enrichment;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The statements of {@link MyBatisArtistMatches}: one line each. */
interface ArtistMatchMapper {

    /** One stored match. */
    final class ArtistMatchRow {
        String mbid;
        String source;
        String name;
        String sortName;
        String genresJson;
        Instant matchedAt;
    }

    @Select("SELECT mbid, source, name, sort_name AS sortName, genres_json AS genresJson, matched_at AS matchedAt FROM artist_matches WHERE artist_id = #{artist}")
    ArtistMatchRow find(@Param("artist") long artist);

    @Select("SELECT source FROM artist_matches WHERE artist_id = #{artist} FOR UPDATE")
    String lockSource(@Param("artist") long artist);

    /** Locks the artist's row, so that it cannot be removed before its match is written; null if it is gone. */
    @Select("SELECT id FROM artists WHERE id = #{artist} LOCK IN SHARE MODE")
    Long lockArtist(@Param("artist") long artist);

    @Insert("INSERT INTO artist_matches (artist_id, mbid, source, name, sort_name, genres_json, matched_at) VALUES (#{artist}, #{mbid}, #{source}, #{name}, #{sortName}, #{genres}, #{at}) ON DUPLICATE KEY UPDATE mbid = VALUES(mbid), source = VALUES(source), name = VALUES(name), sort_name = VALUES(sort_name), genres_json = VALUES(genres_json), matched_at = VALUES(matched_at)")
    void upsert(@Param("artist") long artist, @Param("mbid") String mbid, @Param("source") String source,
                @Param("name") String name, @Param("sortName") String sortName, @Param("genres") String genres,
                @Param("at") Instant at);

    /** The id most tracks naming the artist first carry (ArtistMatchMapper.xml); null if none carries one. */
    String mostTaggedId(@Param("artist") long artist);
}
