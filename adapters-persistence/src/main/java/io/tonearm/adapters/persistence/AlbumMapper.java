package io.tonearm.adapters.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Albums. Lists have an offset form (a deferred join: the offset is walked on the narrow (title, id) index,
 * then only the page's rows are read) and a seek form ({@code afterTitle}/{@code afterId} given).
 */
interface AlbumMapper {

    AlbumRow selectById(@Param("id") long id);

    List<AlbumRow> selectAll(@Param("offset") int offset, @Param("limit") int limit,
                             @Param("afterTitle") String afterTitle, @Param("afterId") Long afterId);

    List<AlbumRow> search(@Param("patterns") List<String> patterns, @Param("offset") int offset,
                          @Param("limit") int limit, @Param("afterTitle") String afterTitle,
                          @Param("afterId") Long afterId);

    long countSearch(@Param("patterns") List<String> patterns);

    /** {@code afterYear} is the anchor's year or -1 when it has none (unknown years sort first). */
    List<AlbumRow> selectByArtist(@Param("artistId") long artistId, @Param("offset") int offset,
                                  @Param("limit") int limit, @Param("afterYear") Integer afterYear,
                                  @Param("afterTitle") String afterTitle, @Param("afterId") Long afterId);

    @Select("SELECT COUNT(*) FROM albums WHERE artist_id = #{artistId}")
    long countByArtist(@Param("artistId") long artistId);
}
