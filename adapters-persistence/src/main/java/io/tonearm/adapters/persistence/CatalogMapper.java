package io.tonearm.adapters.persistence;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Artists, albums, their search words and the counters: what every track write keeps up to date. */
interface CatalogMapper {

    /**
     * Adds the names that are not there yet (a name equal ignoring case and accents is the same artist),
     * share-locking those that are.
     *
     * @param names the names, in the order every writer locks them
     */
    void insertArtists(@Param("names") List<String> names);

    /** @return for each name found, its position (from 0) in {@code names}, the artist's id and stored name */
    List<KeyedId> selectArtistIds(@Param("names") String names);

    /** @param terms {@link Json#terms} of (word, artist id) */
    void insertArtistTerms(@Param("terms") String terms);

    /**
     * Adds the albums that are not there yet, locking every one of them for update.
     *
     * @param albums the albums, in the order every writer locks them
     */
    void insertAlbums(@Param("albums") List<AlbumKey> albums);

    /**
     * @return for each album found, its position (from 0) in {@code albums}, its id, stored title and track
     *     count (number), locked for update
     */
    List<KeyedId> selectAlbumIds(@Param("albums") String albums);

    /** @param terms {@link Json#terms} of (word, album id) */
    void insertAlbumTerms(@Param("terms") String terms);

    /**
     * Adds new tracks to an album's facts without reading the album's other tracks.
     *
     * @param added how many tracks were added
     * @param year  the earliest year among them, or null
     */
    void addToAlbum(@Param("id") long id, @Param("added") int added, @Param("year") Integer year);

    /** Recomputes track count and year of these albums from their tracks. */
    void refreshAlbums(@Param("ids") Collection<Long> ids);

    /** Deletes those of these albums that have no track left. */
    void deleteEmptyAlbums(@Param("ids") Collection<Long> ids);

    /** Deletes those of these artists that no track and no album names any more. */
    void deleteUnusedArtists(@Param("ids") Collection<Long> ids);

    /**
     * @param patterns prefix patterns ({@link SearchTerms#prefixPattern})
     * @param cap      the most words counted per table and pattern
     * @return per pattern how many words of each search table it matches, each count at most {@code cap}
     */
    List<TermCounts> countTerms(@Param("patterns") List<String> patterns, @Param("cap") int cap);

    @Update("UPDATE counters SET value = value + #{delta} WHERE name = #{name}")
    void addToCounter(@Param("name") String name, @Param("delta") long delta);

    @Select("SELECT value FROM counters WHERE name = #{name}")
    long counter(@Param("name") String name);
}
