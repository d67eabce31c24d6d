package io.tonearm.adapters.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Artists. The unique name index is also the list order: offset and seek forms both walk it. */
interface ArtistMapper {

    @Select("SELECT id, name FROM artists WHERE id = #{id}")
    ArtistRow selectById(@Param("id") long id);

    List<ArtistRow> selectAll(@Param("offset") int offset, @Param("limit") int limit,
                              @Param("afterName") String afterName, @Param("afterId") Long afterId);

    List<ArtistRow> search(@Param("patterns") List<String> patterns, @Param("offset") int offset,
                           @Param("limit") int limit, @Param("afterName") String afterName,
                           @Param("afterId") Long afterId);

    long countSearch(@Param("patterns") List<String> patterns);
}
