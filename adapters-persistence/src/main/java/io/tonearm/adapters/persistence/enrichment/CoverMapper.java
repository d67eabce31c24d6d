package io.tonearm.adapters.persistence.enrichment;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The statements of {@link MyBatisFetchedCovers}: one line each. */
interface CoverMapper {

    /** A kept cover. */
    final class CoverRow {
        String mediaType;
        byte[] image;
    }

    @Select("SELECT fetched_at FROM album_covers WHERE album_id = #{album}")
    Instant fetchedAt(@Param("album") long album);

    @Select("SELECT media_type AS mediaType, image FROM album_covers WHERE album_id = #{album}")
    CoverRow find(@Param("album") long album);

    @Select("SELECT id FROM albums WHERE id = #{album} FOR UPDATE")
    Long lockAlbum(@Param("album") long album);

    @Insert("INSERT INTO album_covers (album_id, media_type, image, fetched_at) VALUES (#{album}, #{type}, #{image}, #{at}) ON DUPLICATE KEY UPDATE media_type = VALUES(media_type), image = VALUES(image), fetched_at = VALUES(fetched_at)")
    void upsert(@Param("album") long album, @Param("type") String type, @Param("image") byte[] image,
                @Param("at") Instant at);
}
