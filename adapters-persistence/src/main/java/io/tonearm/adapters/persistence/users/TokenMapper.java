package io.tonearm.adapters.persistence.users;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The statements on {@code api_tokens}; hashes are bound as hex and stored as 32 bytes. */
interface TokenMapper {
    String COLUMNS = "id, user_id, name, created_at, expires_at";

    @Insert("INSERT INTO api_tokens (user_id, name, token_hash, created_at, expires_at) "
            + "VALUES (#{row.userId}, #{row.name}, UNHEX(#{hash}), #{row.createdAt}, #{row.expiresAt})")
    @Options(useGeneratedKeys = true, keyProperty = "row.id", keyColumn = "id")
    void insert(@Param("row") TokenRow row, @Param("hash") String hash);

    @Select("SELECT " + COLUMNS + " FROM api_tokens WHERE token_hash = UNHEX(#{hash})")
    TokenRow findByHash(@Param("hash") String hash);

    @Select("SELECT " + COLUMNS + " FROM api_tokens WHERE user_id = #{userId} ORDER BY id")
    List<TokenRow> findByOwner(@Param("userId") long userId);

    @Delete("DELETE FROM api_tokens WHERE user_id = #{userId} AND id = #{id}")
    int delete(@Param("userId") long userId, @Param("id") long id);

}
