package io.tonearm.adapters.http.listening;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.server.HttpOutput;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a GET or HEAD with a file: conditionals (304), ranges (206, 416), validators, and the bytes sent by
 * Jetty's asynchronous channel sending ({@link HttpOutput#sendContent(ReadableByteChannel, Callback)}: the server's
 * pooled direct buffers, nothing copied through the heap, no thread waiting on the socket). A client that goes away
 * ends the copy at the next write; the file is closed at once.
 */
final class FileResponse {
    private static final Logger LOG = LoggerFactory.getLogger(FileResponse.class);

    /**
     * What is sent.
     *
     * @param etag         strong entity tag, quoted
     * @param lastModified the modification time
     * @param mediaType    the Content-Type
     * @param size         the file's size in bytes
     * @param cacheControl the Cache-Control value
     * @param disposition  the Content-Disposition value, or null for none
     */
    record Representation(String etag, Instant lastModified, String mediaType, long size, String cacheControl,
                          String disposition) {
    }

    /** Opens the file; a refusal (the file is gone) is thrown before anything is committed. */
    @FunctionalInterface
    interface Opener {
        FileChannel open();
    }

    private FileResponse() {
    }

    static void send(Context ctx, Representation file, Opener opener) {
        Validators validators = new Validators(file.etag(), file.lastModified());
        boolean notModified = validators.notModified(ctx.header(Header.IF_NONE_MATCH),
                ctx.header(Header.IF_MODIFIED_SINCE));
        boolean head = ctx.method() == HandlerType.HEAD;
        // Range is defined for GET only (RFC 9110, 14.2); a stale If-Range asks for the whole file
        RangeHeader.Outcome outcome = notModified || head || !validators.rangeStillValid(ctx.header(Header.IF_RANGE))
                ? new RangeHeader.Whole() : RangeHeader.evaluate(ctx.header(Header.RANGE), file.size());
        if (outcome instanceof RangeHeader.Unsatisfiable) {
            throw ListeningProblem.unsatisfiable(file.size());
        }
        // opened before any header is set: a file gone since it was checked is still a clean problem response
        FileChannel channel = notModified || head ? null : opener.open();
        ctx.header(Header.ACCEPT_RANGES, "bytes");
        ctx.header(Header.ETAG, validators.etag());
        ctx.header(Header.LAST_MODIFIED, validators.lastModified());
        ctx.header(Header.CACHE_CONTROL, file.cacheControl());
        if (file.disposition() != null) {
            ctx.header(Header.CONTENT_DISPOSITION, file.disposition());
        }
        if (notModified) {
            ctx.status(304);
            return;
        }
        ByteRange range = outcome instanceof RangeHeader.Single single ? single.range() : null;
        long first = range == null ? 0 : range.first();
        long length = range == null ? file.size() : range.length();
        HttpServletResponse response = ctx.res();
        response.setCharacterEncoding(null); // Javalin sets UTF-8 for every response; audio and images have none
        response.setContentType(file.mediaType());
        if (range != null) {
            ctx.status(206);
            ctx.header(Header.CONTENT_RANGE, range.contentRange());
        } else {
            ctx.status(200);
        }
        response.setContentLengthLong(length);
        if (channel == null) {
            return; // HEAD: the headers a GET would get, no body
        }
        FileRegion region = new FileRegion(channel, first, length);
        HttpOutput out;
        try {
            out = jetty(response.getOutputStream());
        } catch (IOException | RuntimeException e) {
            closeQuietly(region);
            throw e instanceof RuntimeException runtime ? runtime : new UncheckedIOException((IOException) e);
        }
        String request = ctx.method().name() + " " + ctx.path();
        // sent asynchronously, as Jetty's own static files are: no thread waits while the socket drains, and 64
        // streams need no 64 blocked threads; the request ends when the last byte is written or the client is gone
        ctx.future(() -> {
            CompletableFuture<Void> sent = new CompletableFuture<>();
            out.sendContent(region, new Callback() {
                @Override
                public void succeeded() {
                    closeQuietly(region);
                    sent.complete(null);
                }

                @Override
                public void failed(Throwable x) {
                    // the client went away (or the disk failed) mid-stream: the response is committed, nothing more
                    // can be said; the file is closed
                    closeQuietly(region);
                    LOG.debug("{} ended early: {}", request, x.toString());
                    sent.complete(null);
                }
            });
            return sent;
        });
    }

    private static void closeQuietly(FileRegion region) {
        try {
            region.close();
        } catch (IOException e) {
            LOG.debug("closing a sent file failed: {}", e.toString());
        }
    }

    /**
     * Answers a GET or HEAD with bytes being made (a transcode): 200, no length (chunked) unless an estimated one
     * is given, no ranges, sent as they come. The channel is closed at the end, or at once for HEAD or when the
     * client goes away.
     */
    static void sendLive(Context ctx, ReadableByteChannel bytes, String mediaType, String cacheControl,
                         long estimatedLength) {
        try (bytes) {
            ctx.header(Header.ACCEPT_RANGES, "none");
            ctx.header(Header.CACHE_CONTROL, cacheControl);
            HttpServletResponse response = ctx.res();
            response.setCharacterEncoding(null);
            response.setContentType(mediaType);
            if (estimatedLength >= 0) {
                response.setContentLengthLong(estimatedLength);
            }
            ctx.status(200);
            if (ctx.method() == HandlerType.HEAD) {
                return;
            }
            send(response.getOutputStream(), bytes);
        } catch (IOException e) {
            LOG.debug("{} {} ended early: {}", ctx.method().name(), ctx.path(), e.toString());
        }
    }

    private static void send(ServletOutputStream out, ReadableByteChannel bytes) throws IOException {
        jetty(out).sendContent(bytes); // blocks until sent; completes the response
    }

    private static HttpOutput jetty(ServletOutputStream out) {
        if (!(out instanceof HttpOutput jetty)) {
            throw new IllegalStateException("not served by Jetty: " + out.getClass().getName());
        }
        return jetty;
    }
}
