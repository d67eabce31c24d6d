package io.tonearm.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tonearm.domain.playlist.Playlist;
import java.time.Instant;

/**
 * A playlist as the API shows it; {@code tracks} (a page of them) only in the answer of
 * {@code GET /api/playlists/{id}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PlaylistResponse(long id, String name, String comment, @JsonProperty("public") boolean isPublic, long ownerId,
                        String owner, int trackCount, long durationMs, Instant createdAt, Instant changedAt,
                        PageResponse<?> tracks) {

    static PlaylistResponse of(Playlist playlist) {
        return of(playlist, null);
    }

    static PlaylistResponse of(Playlist playlist, PageResponse<?> tracks) {
        return new PlaylistResponse(playlist.id().value(), playlist.name(), playlist.comment(), playlist.isPublic(),
                playlist.owner().value(), playlist.ownerName().value(), playlist.entryCount(),
                playlist.duration().toMillis(), playlist.createdAt(), playlist.changedAt(), tracks);
    }
}
