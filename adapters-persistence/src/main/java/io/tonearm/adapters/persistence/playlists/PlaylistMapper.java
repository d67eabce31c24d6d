package io.tonearm.adapters.persistence.playlists;

import io.tonearm.domain.playlist.Playlist;
import io.tonearm.domain.playlist.PlaylistId;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The statements of {@link MyBatisPlaylists} (PlaylistMapper.xml). */
interface PlaylistMapper {

    /** A playlist with its owner's name and its entries counted. */
    final class PlaylistRow {
        long id;
        long ownerId;
        String ownerName;
        String name;
        String comment;
        boolean isPublic;
        int entryCount;
        long durationMs;
        Instant createdAt;
        Instant changedAt;

        Playlist playlist() {
            return new Playlist(PlaylistId.of(id), UserId.of(ownerId), UserName.of(ownerName), name, comment,
                    isPublic, entryCount, Duration.ofMillis(durationMs), createdAt, changedAt);
        }
    }

    /** A path with its track. */
    final class PathRow {
        String path;
        long id;
    }

    /** A row to insert; its id is set by the insert. */
    final class NewRow {
        long id;
        long ownerId;
        String name;
        String comment;
        boolean isPublic;
        Instant at;
    }

    PlaylistRow selectById(@Param("id") long id);

    /** @return the playlist's id if it exists, its row locked until the commit */
    Long lockPlaylist(@Param("id") long id);

    long countVisible(@Param("viewer") long viewer);

    List<PlaylistRow> selectVisible(@Param("viewer") long viewer, @Param("offset") int offset,
                                    @Param("limit") int limit);

    long countEntries(@Param("id") long id);

    List<Long> selectEntries(@Param("id") long id, @Param("offset") int offset, @Param("limit") int limit);

    /** @return every entry's track, in order */
    List<Long> selectAllEntries(@Param("id") long id);

    List<PathRow> selectTracksByPaths(@Param("paths") Collection<String> paths);

    /** @return those of the ids that are tracks, read with a shared lock: they stay until the commit */
    List<Long> shareTracks(@Param("ids") Collection<Long> ids);

    void insert(@Param("row") NewRow row);

    void insertEntries(@Param("id") long id, @Param("first") int first, @Param("tracks") List<Long> tracks);

    void deleteEntries(@Param("id") long id);

    void update(@Param("id") long id, @Param("name") String name, @Param("comment") String comment,
                @Param("clearComment") boolean clearComment, @Param("isPublic") Boolean isPublic,
                @Param("at") Instant at);

    void touch(@Param("id") long id, @Param("at") Instant at);

    void delete(@Param("id") long id);
}
