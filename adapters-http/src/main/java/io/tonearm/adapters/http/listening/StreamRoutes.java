package io.tonearm.adapters.http.listening;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.application.listening.TrackStreams;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.media.TrackMedia;
import jakarta.inject.Inject;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.channels.FileChannel;
import org.eclipse.jetty.server.HttpOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(StreamRoutes.class);
    private static final int ECHO_LIMIT = 40;

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
        long id = id(ctx);
        TrackMedia media = streams.getTrackMedia(TrackId.of(id)).orElseThrow(() -> ListeningProblem.noSuchTrack(id));
        Validators validators = new Validators(media.etag(), media.modifiedAt());
        boolean notModified = validators.notModified(ctx.header(Header.IF_NONE_MATCH),
                ctx.header(Header.IF_MODIFIED_SINCE));
        boolean head = ctx.method() == HandlerType.HEAD;
        // Range is defined for GET only (RFC 9110, 14.2); a stale If-Range asks for the whole file
        RangeHeader.Outcome outcome = notModified || head || !validators.rangeStillValid(ctx.header(Header.IF_RANGE))
                ? new RangeHeader.Whole() : RangeHeader.evaluate(ctx.header(Header.RANGE), media.size());
        if (outcome instanceof RangeHeader.Unsatisfiable) {
            throw ListeningProblem.unsatisfiable(media.size());
        }
        // opened before any header is set: a file gone since the check is still a clean problem response
        FileChannel file = notModified || head ? null : streams.openTrackMedia(media);
        ctx.header(Header.ACCEPT_RANGES, "bytes");
        ctx.header(Header.ETAG, validators.etag());
        ctx.header(Header.LAST_MODIFIED, validators.lastModified());
        ctx.header(Header.CACHE_CONTROL, CACHE_CONTROL);
        if (download) {
            ctx.header(Header.CONTENT_DISPOSITION, ContentDisposition.attachment(media.fileName()));
        }
        if (notModified) {
            ctx.status(304);
            return;
        }
        ByteRange range = outcome instanceof RangeHeader.Single single ? single.range() : null;
        long first = range == null ? 0 : range.first();
        long length = range == null ? media.size() : range.length();
        HttpServletResponse response = ctx.res();
        response.setCharacterEncoding(null); // Javalin sets UTF-8 for every response; audio has no charset
        response.setContentType(media.mediaType());
        if (range != null) {
            ctx.status(206);
            ctx.header(Header.CONTENT_RANGE, range.contentRange());
        } else {
            ctx.status(200);
        }
        response.setContentLengthLong(length);
        if (file == null) {
            return; // HEAD: the headers a GET would get, no body
        }
        try (FileRegion region = new FileRegion(file, first, length)) {
            send(response.getOutputStream(), region);
        } catch (IOException e) {
            // the client went away (or the disk failed) mid-stream: the response is committed, nothing more can be
            // said; the file is closed and the thread free
            LOG.debug("stream of track {} ended early: {}", id, e.toString());
        }
    }

    private static void send(ServletOutputStream out, FileRegion region) throws IOException {
        if (!(out instanceof HttpOutput jetty)) {
            throw new IllegalStateException("not served by Jetty: " + out.getClass().getName());
        }
        jetty.sendContent(region); // blocks until sent; completes the response
    }

    private static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        String echo = raw.length() <= ECHO_LIMIT ? raw : raw.substring(0, ECHO_LIMIT) + "...";
        throw new InvalidValueException("id", "id must be a positive whole number but was '" + echo + "'");
    }
}
