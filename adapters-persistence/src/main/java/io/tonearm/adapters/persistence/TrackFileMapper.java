package io.tonearm.adapters.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The statements of {@link MyBatisTrackFiles}: the tracks table seen as files (see TrackFileMapper.xml). */
interface TrackFileMapper {

    List<FileRow> selectBySizes(@Param("sizes") Collection<Long> sizes);

    @Select("SELECT MAX(id) FROM tracks")
    Long selectLastId();

    int updatePath(@Param("id") long id, @Param("path") String path, @Param("now") Instant now);

    int updateFolderCover(@Param("ids") Collection<Long> ids, @Param("present") boolean present);

    int updateFileFacts(@Param("id") long id, @Param("size") long size, @Param("modifiedAt") Instant modifiedAt,
                        @Param("now") Instant now);
}
