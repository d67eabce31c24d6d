package io.tonearm.adapters.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Each user's annotations of albums ({@code album_annotations}) and artists ({@code artist_annotations}). A row
 * left with nothing to say (neither starred nor rated) is deleted by the statement that empties it.
 */
interface AlbumArtistAnnotationMapper {

    /** @return the album's id if it exists, read with a shared lock: it cannot be deleted until the commit */
    @Select("SELECT id FROM albums WHERE id = #{id} LOCK IN SHARE MODE")
    Long shareAlbum(@Param("id") long id);

    /** @return the artist's id if it exists, read with a shared lock: it cannot be deleted until the commit */
    @Select("SELECT id FROM artists WHERE id = #{id} LOCK IN SHARE MODE")
    Long shareArtist(@Param("id") long id);

    List<CatalogAnnotationRow> selectAlbums(@Param("user") long user, @Param("ids") Collection<Long> ids);

    List<CatalogAnnotationRow> selectArtists(@Param("user") long user, @Param("ids") Collection<Long> ids);

    /** Stars (at given) or unstars (at null) the album, keeping the first time of a star already given. */
    void starAlbum(@Param("user") long user, @Param("album") long album, @Param("at") Instant at);

    /** Stars (at given) or unstars (at null) the artist, keeping the first time of a star already given. */
    void starArtist(@Param("user") long user, @Param("artist") long artist, @Param("at") Instant at);

    void rateAlbum(@Param("user") long user, @Param("album") long album, @Param("rating") int rating);

    void rateArtist(@Param("user") long user, @Param("artist") long artist, @Param("rating") int rating);

    void dropEmptyAlbum(@Param("user") long user, @Param("album") long album);

    void dropEmptyArtist(@Param("user") long user, @Param("artist") long artist);

    @Select("SELECT COUNT(*) FROM album_annotations WHERE user_id = #{user} AND starred_at IS NOT NULL")
    long countStarredAlbums(@Param("user") long user);

    @Select("SELECT COUNT(*) FROM artist_annotations WHERE user_id = #{user} AND starred_at IS NOT NULL")
    long countStarredArtists(@Param("user") long user);

    @Select("SELECT COUNT(*) FROM album_annotations WHERE user_id = #{user} AND rating > 0")
    long countRatedAlbums(@Param("user") long user);

    List<Long> selectStarredAlbums(@Param("user") long user, @Param("offset") int offset, @Param("limit") int limit);

    List<Long> selectStarredArtists(@Param("user") long user, @Param("offset") int offset,
                                    @Param("limit") int limit);

    List<Long> selectRatedAlbums(@Param("user") long user, @Param("offset") int offset, @Param("limit") int limit);
}
