package io.tonearm.adapters.http.listening;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.application.listening.CoverArt;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.media.CoverFile;
import jakarta.inject.Inject;

/**
 * {@code GET}/{@code HEAD /api/tracks/{id}/cover} and {@code /api/albums/{id}/cover}, {@code ?size=N} (16-2048,
 * the longest side; absent: the original): the cover image from the artwork cache, with its validators, for any
 * signed-in user.
 */
public final class CoverRoutes {
    static final String TRACK_COVER = "/api/tracks/{id}/cover";
    static final String ALBUM_COVER = "/api/albums/{id}/cover";
    /** A cover file never changes (a new image gets a new entity tag): the browser may keep it a day unasked. */
    static final String CACHE_CONTROL = "private, max-age=86400";

    private final CoverArt covers;

    @Inject
    CoverRoutes(CoverArt covers) {
        this.covers = covers;
    }

    /** Adds the routes, each for GET and HEAD with {@link Access#USER}. */
    public void addTo(JavalinDefaultRouting routing) {
        routing.get(TRACK_COVER, this::track, Access.USER);
        routing.head(TRACK_COVER, this::track, Access.USER);
        routing.get(ALBUM_COVER, this::album, Access.USER);
        routing.head(ALBUM_COVER, this::album, Access.USER);
    }

    private void track(Context ctx) {
        long id = Params.id(ctx);
        int size = Params.coverSize(ctx);
        send(ctx, covers.findTrackCover(TrackId.of(id), size)
                .orElseThrow(() -> ListeningProblem.noCover("track", id)));
    }

    private void album(Context ctx) {
        long id = Params.id(ctx);
        int size = Params.coverSize(ctx);
        send(ctx, covers.findAlbumCover(AlbumId.of(id), size)
                .orElseThrow(() -> ListeningProblem.noCover("album", id)));
    }

    /**
     * Answers a GET with a cover found by {@link CoverArt} exactly as the cover routes do (validators, ranges), for
     * another entry point (Subsonic's {@code getCoverArt}).
     */
    public void send(Context ctx, CoverFile cover) {
        FileResponse.send(ctx, new FileResponse.Representation(cover.etag(), cover.modifiedAt(), cover.mediaType(),
                cover.size(), CACHE_CONTROL, null), () -> covers.openCover(cover));
    }
}
