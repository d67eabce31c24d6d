package io.tonearm.adapters.persistence.users;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The statements on {@code users}. */
interface UserMapper {
    String COLUMNS = "id, name, password_hash, admin, credentials_version, created_at, last_seen_at";

    @Select("SELECT " + COLUMNS + " FROM users WHERE id = #{id}")
    UserRow findById(@Param("id") long id);

    @Select("SELECT " + COLUMNS + " FROM users WHERE name = #{name}")
    UserRow findByName(@Param("name") String name);

    @Select("SELECT " + COLUMNS + " FROM users ORDER BY name, id")
    List<UserRow> findAll();

    @Select("SELECT COUNT(*) FROM users")
    long count();

    @Select("SELECT COUNT(*) FROM users WHERE admin")
    long countAdmins();

    /** Locks the table's first row (or the gap where it would be), so that two first admins wait for each other. */
    @Select("SELECT COUNT(*) FROM users FOR UPDATE")
    long countLocking();

    /** Locks the admins' rows (or the gap where one would be), so that two first admins wait for each other. */
    @Select("SELECT COUNT(*) FROM users WHERE admin FOR UPDATE")
    long countAdminsLocking();

    /**
     * The favorites and counts kept for everybody before annotations were per user (V14) become this admin's; see
     * {@link MyBatisUsers} and V14__track_annotations.sql, which does the same for an admin that already existed.
     */
    @Insert("INSERT INTO track_annotations (user_id, track_id, favorite, starred_at, play_count, last_played_at) "
            + "SELECT #{admin}, id, favorite, IF(favorite, updated_at, NULL), play_count, "
            + "IF(play_count > 0, COALESCE(last_played_at, updated_at), NULL) "
            + "FROM tracks WHERE favorite OR play_count > 0")
    int claimTrackAnnotations(@Param("admin") long admin);

    @Update("UPDATE plays SET user_id = #{admin} WHERE user_id IS NULL")
    int claimPlays(@Param("admin") long admin);

    @Update("UPDATE tracks SET favorite = FALSE, play_count = 0, last_played_at = NULL "
            + "WHERE favorite OR play_count > 0 OR last_played_at IS NOT NULL")
    int clearUnclaimedAnnotations();

    @Update("UPDATE counters SET value = 0 WHERE name IN ('favorites', 'played')")
    int clearUnclaimedCounters();

    @Insert("INSERT INTO users (name, password_hash, admin, created_at) "
            + "VALUES (#{row.name}, #{row.passwordHash}, #{row.admin}, #{row.createdAt})")
    @Options(useGeneratedKeys = true, keyProperty = "row.id", keyColumn = "id")
    void insert(@Param("row") UserRow row);

    @Delete("DELETE FROM users WHERE id = #{id}")
    int delete(@Param("id") long id);

    @Update("UPDATE users SET password_hash = #{hash}, credentials_version = credentials_version + 1 "
            + "WHERE id = #{id}")
    int setPasswordHash(@Param("id") long id, @Param("hash") String hash);

    @Update("UPDATE users SET subsonic_password = #{sealed}, credentials_version = credentials_version + 1 "
            + "WHERE id = #{id}")
    int setSubsonicPassword(@Param("id") long id, @Param("sealed") byte[] sealed);

    /** @return the user's row with only the sealed Subsonic password, or null if there is no such user */
    @Select("SELECT subsonic_password AS sealed FROM users WHERE id = #{id}")
    SealedPassword findSubsonicPassword(@Param("id") long id);

    /** The {@code subsonic_password} column as MyBatis reads it (a bare byte[] would read as many rows). */
    final class SealedPassword {
        byte[] sealed;
    }

    @Update("UPDATE users SET credentials_version = credentials_version + 1 WHERE id = #{id}")
    int moveCredentialsVersion(@Param("id") long id);

    @Update("UPDATE users SET last_seen_at = #{at} WHERE id = #{id}")
    int setLastSeen(@Param("id") long id, @Param("at") Instant at);
}
