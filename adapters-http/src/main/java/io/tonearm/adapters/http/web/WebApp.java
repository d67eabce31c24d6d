package io.tonearm.adapters.http.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Serves the web app's files from this module's resources: {@code GET /} is the page, {@code GET /app/...} its
 * scripts, styles and images. Only the files named in {@link #FILES} are served, each read once when the server
 * starts, with a strong {@code ETag} (a hash of its content) and {@code Cache-Control: no-cache}, so that a browser
 * revalidates and gets 304 until a new version of Tonearm serves new files. Every answer carries a
 * {@code Content-Security-Policy} that allows scripts, styles, images, media and requests from this origin only, no
 * inline script and no framing.
 */
public final class WebApp {
    /** What every page of the web app may load: nothing but this origin's own files and API. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; media-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String RESOURCES = "/io/tonearm/adapters/http/web/";
    /** The files served under {@code /app/}; a file not named here is not served. */
    static final List<String> FILES = List.of("app.css", "icon.svg", "js/api.js", "js/dom.js", "js/main.js",
            "js/player.js", "js/library.js", "js/admin.js", "js/cache.js", "js/account.js", "js/playlists.js");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");

    @Inject
    WebApp() {
    }

    /** Adds {@code GET /} and {@code GET /app/<file>} (and HEAD) for everybody; reads the files now. */
    public void addTo(JavalinDefaultRouting routing) {
        serve(routing, "/", asset("index.html"));
        for (String file : FILES) {
            serve(routing, "/app/" + file, asset(file));
        }
    }

    private static void serve(JavalinDefaultRouting routing, String path, Asset asset) {
        routing.get(path, ctx -> asset.answer(ctx), Access.PUBLIC);
        routing.head(path, ctx -> asset.answer(ctx), Access.PUBLIC);
    }

    private static Asset asset(String file) {
        byte[] bytes;
        try (InputStream in = WebApp.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("the web app's file " + file + " is missing from the classpath");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web app's file " + file, e);
        }
        String extension = file.substring(file.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null) {
            throw new IllegalStateException("no content type known for " + file);
        }
        return new Asset(bytes, type, "\"" + HexFormat.of().formatHex(sha256(bytes), 0, 16) + "\"");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A file as served: its bytes, type and entity tag. */
    private record Asset(byte[] bytes, String contentType, String etag) {
        void answer(Context ctx) {
            ctx.header(Header.CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY);
            ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
            ctx.header("Referrer-Policy", "same-origin");
            ctx.header(Header.CACHE_CONTROL, "no-cache");
            ctx.header(Header.ETAG, etag);
            String condition = ctx.header(Header.IF_NONE_MATCH);
            if (condition != null && (condition.strip().equals("*") || List.of(condition.split(",")).stream()
                    .map(String::strip).anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag)))) {
                ctx.status(304);
                return;
            }
            ctx.contentType(contentType).result(bytes);
        }
    }
}
