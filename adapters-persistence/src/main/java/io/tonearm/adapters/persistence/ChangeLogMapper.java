package io.tonearm.adapters.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The change log's rows (V15__change_log.sql). */
interface ChangeLogMapper {

    @Insert("INSERT INTO change_log (created_at, origin, payload) VALUES (UTC_TIMESTAMP(6), #{origin}, #{payload})")
    void insert(@Param("origin") String origin, @Param("payload") String payload);

    /** @return the rows after the position, a range of the primary key */
    @Select("SELECT position, created_at, origin, payload FROM change_log WHERE position > #{after}"
            + " ORDER BY position LIMIT #{limit}")
    List<ChangeRow> selectAfter(@Param("after") long after, @Param("limit") int limit);

    /** @return the rows at these positions (see the XML) */
    List<ChangeRow> selectAt(@Param("positions") Collection<Long> positions);

    @Select("SELECT COALESCE(MAX(position), 0) FROM change_log")
    long selectLastPosition();

    /** Keeps the row of the highest position, so that the log's end stays known after every prune. */
    @Delete("DELETE FROM change_log WHERE created_at < #{before} AND position < #{below}")
    int deleteBefore(@Param("before") Instant before, @Param("below") long below);
}
