package io.tonearm.adapters.http.listening;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.application.listening.TrackStreams;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.media.TrackMedia;
import jakarta.inject.Inject;

/**
 * {@code GET}/{@code HEAD /api/tracks/{id}/stream} and {@code /download}: the track's file with ranges and
 * conditional requests, for any signed-in user (a stream is a read, not a play). The bytes go from the file to
 * the socket through Jetty's channel sending, in the server's pooled direct buffers; a client that goes away
 * ends the copy at the next write, and the file is closed at once.
 */
public final class StreamRoutes {
    static final String STREAM = "/api/tracks/{id}/stream";
    static final String DOWNLOAD = "/api/tracks/{id}/download";
    /** Private: the bytes are for the signed-in user; kept by the browser but checked again on every use. */
    static final String CACHE_CONTROL = "private, no-cache";

    private final TrackStreams streams;

    @Inject
    StreamRoutes(TrackStreams streams) {
        this.streams = streams;
    }

    /** Adds the routes, each for GET and HEAD with {@link Access#USER}. */
    public void addTo(JavalinDefaultRouting routing) {
        routing.get(STREAM, ctx -> serve(ctx, false), Access.USER);
        routing.head(STREAM, ctx -> serve(ctx, false), Access.USER);
        routing.get(DOWNLOAD, ctx -> serve(ctx, true), Access.USER);
        routing.head(DOWNLOAD, ctx -> serve(ctx, true), Access.USER);
    }

    private void serve(Context ctx, boolean download) {
        long id = Params.id(ctx);
        TrackMedia media = streams.getTrackMedia(TrackId.of(id)).orElseThrow(() -> ListeningProblem.noSuchTrack(id));
        FileResponse.send(ctx, new FileResponse.Representation(media.etag(), media.modifiedAt(), media.mediaType(),
                media.size(), CACHE_CONTROL, download ? ContentDisposition.attachment(media.fileName()) : null),
                () -> streams.openTrackMedia(media));
    }
}
