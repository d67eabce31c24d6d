package io.tonearm.adapters.http.listening;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.application.listening.TrackStreams;
import io.tonearm.application.listening.TrackTranscodes;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.media.TrackMedia;
import io.tonearm.domain.media.Transcode;
import io.tonearm.domain.media.TranscodeRequest;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * {@code GET}/{@code HEAD /api/tracks/{id}/stream} and {@code /download}: the track's file with ranges and
 * conditional requests, for any signed-in user (a stream is a read, not a play). A stream with {@code format}
 * and/or {@code maxBitRate} is transcoded unless the original already fits: a kept transcode is sent like a
 * file, one being made is sent as it comes (chunked, no ranges). The bytes go from the file to
 * the socket through Jetty's channel sending, in the server's pooled direct buffers; a client that goes away
 * ends the copy at the next write, and the file is closed at once.
 */
public final class StreamRoutes {
    static final String STREAM = "/api/tracks/{id}/stream";
    static final String DOWNLOAD = "/api/tracks/{id}/download";
    /** Private: the bytes are for the signed-in user; kept by the browser but checked again on every use. */
    static final String CACHE_CONTROL = "private, no-cache";
    /** No length is announced for a transcode being made: it is sent chunked. */
    public static final long UNKNOWN_LENGTH = -1;

    private final TrackStreams streams;
    private final TrackTranscodes transcodes;

    @Inject
    StreamRoutes(TrackStreams streams, TrackTranscodes transcodes) {
        this.streams = streams;
        this.transcodes = transcodes;
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
        send(ctx, TrackId.of(id), download ? null : Params.transcodeRequest(ctx), download);
    }

    /**
     * Answers a GET with the track's file, or its transcode, exactly as {@code /stream} and {@code /download} do
     * (ranges, conditionals, transcodes), for another entry point that read the request its own way (Subsonic's
     * {@code stream} and {@code download}).
     *
     * @param wanted the transcoding asked for, or null for the original
     * @param download whether to name the file as an attachment
     * @throws ListeningProblem {@code NO_SUCH_TRACK} if the catalog has no such track (nothing is sent), or
     *     {@code RANGE_NOT_SATISFIABLE}
     */
    public void send(Context ctx, TrackId track, TranscodeRequest wanted, boolean download) {
        send(ctx, track, wanted, download, UNKNOWN_LENGTH);
    }

    /**
     * Answers as {@link #send(Context, TrackId, TranscodeRequest, boolean)}; a transcode being made is announced
     * with {@code estimatedLength} as its {@code Content-Length} (Subsonic's {@code estimateContentLength}: the
     * answer ends where the transcode ends, so a player may see it end early or cut).
     *
     * @param estimatedLength the length to announce for a transcode being made, or {@link #UNKNOWN_LENGTH}
     */
    public void send(Context ctx, TrackId track, TranscodeRequest wanted, boolean download, long estimatedLength) {
        long id = track.value();
        TrackMedia media = streams.getTrackMedia(track).orElseThrow(() -> ListeningProblem.noSuchTrack(id));
        Optional<Transcode> transcode = wanted == null ? Optional.empty() : transcodes.transcode(media, wanted);
        if (transcode.isPresent() && transcode.get() instanceof Transcode.Live live) {
            FileResponse.sendLive(ctx, live.bytes(), live.mediaType(), CACHE_CONTROL, estimatedLength);
            return;
        }
        if (transcode.isPresent() && transcode.get() instanceof Transcode.Kept kept) {
            FileResponse.send(ctx, new FileResponse.Representation(kept.etag(), media.modifiedAt(), kept.mediaType(),
                    kept.size(), CACHE_CONTROL, null), () -> transcodes.openTranscode(kept));
            return;
        }
        FileResponse.send(ctx, new FileResponse.Representation(media.etag(), media.modifiedAt(), media.mediaType(),
                media.size(), CACHE_CONTROL, download ? ContentDisposition.attachment(media.fileName()) : null),
                () -> streams.openTrackMedia(media));
    }
}
