package io.tonearm.adapters.http.subsonic;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.adapters.http.listening.ListeningProblem;
import io.tonearm.application.Listeners;
import io.tonearm.application.PlaylistAccessDeniedException;
import io.tonearm.application.users.Caller;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.StoreUnavailableException;
import io.tonearm.domain.media.MediaGoneException;
import io.tonearm.domain.media.TranscodingBusyException;
import io.tonearm.domain.media.TranscodingUnavailableException;
import io.tonearm.domain.media.UnusableCoverException;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Subsonic and OpenSubsonic API: {@code GET} and {@code POST} (form-encoded) on {@code /rest/{method}} and
 * {@code /rest/{method}.view}, answered as a {@code subsonic-response} in XML, JSON or jsonp ({@code f}). Each
 * method signs its caller in from the request's parameters ({@link SubsonicAuth}) unless it is public, and calls
 * the same use cases as the JSON API. Every refusal and failure is a Subsonic error with HTTP 200, never an HTML
 * page or a stack trace; the one exception is a stream's unsatisfiable range, a 416 like the JSON API's.
 */
public final class SubsonicRoutes {
    static final String PATH = "/rest/{method}";
    /** The version of the Subsonic REST protocol this server speaks. */
    static final String VERSION = "1.16.1";
    static final String TYPE = "tonearm";
    private static final Logger LOG = LoggerFactory.getLogger(SubsonicRoutes.class);

    private final SubsonicAuth auth;
    private final Listeners listeners;
    private final SubsonicAnnotations annotated;
    private final Map<String, SubsonicMethod.Entry> methods = new HashMap<>();
    private final String serverVersion;

    @Inject
    SubsonicRoutes(SubsonicAuth auth, Listeners listeners, SystemMethods system, BrowsingMethods browsing,
                   MediaMethods media, ListMethods lists, SearchMethods search, AnnotationMethods annotations,
                   PlaybackMethods playback, PlaylistMethods playlists, InfoMethods info, LyricsMethods lyrics,
                   SubsonicAnnotations annotated) {
        this.auth = auth;
        this.annotated = annotated;
        this.listeners = listeners;
        system.addTo(methods);
        browsing.addTo(methods);
        media.addTo(methods);
        lists.addTo(methods);
        search.addTo(methods);
        annotations.addTo(methods);
        playback.addTo(methods);
        playlists.addTo(methods);
        info.addTo(methods);
        lyrics.addTo(methods);
        String version = SubsonicRoutes.class.getPackage().getImplementationVersion();
        this.serverVersion = version == null ? "dev" : version;
    }

    /** @return the name of every method this server answers (without {@code .view}) */
    Set<String> methodNames() {
        return Set.copyOf(methods.keySet());
    }

    /** Adds {@code GET} and {@code POST /rest/{method}}, with {@link Access#SUBSONIC}. */
    public void addTo(JavalinDefaultRouting routing) {
        routing.get(PATH, this::handle, Access.SUBSONIC);
        routing.post(PATH, this::handle, Access.SUBSONIC);
    }

    private void handle(Context ctx) {
        SubsonicWriter.Format format = SubsonicWriter.Format.XML_FORMAT;
        try {
            SubsonicParams params = SubsonicParams.of(ctx);
            format = SubsonicWriter.Format.of(params.optional("f"), params.optional("callback"));
            String name = ctx.pathParam("method");
            if (name.endsWith(".view")) {
                name = name.substring(0, name.length() - ".view".length());
            }
            SubsonicMethod.Entry entry = methods.get(name);
            if (entry == null) {
                throw new SubsonicError(SubsonicError.NOT_FOUND, "unknown method: " + SubsonicParams.shorten(name));
            }
            checkVersion(params.optional("v"));
            Caller caller = null;
            if (entry.need() != SubsonicMethod.Need.NOBODY) {
                caller = auth.signIn(params, ctx);
                if (entry.need() == SubsonicMethod.Need.ADMIN && !caller.admin()) {
                    throw new SubsonicError(SubsonicError.NOT_AUTHORIZED, name + " is for admins only, and "
                            + caller.name() + " is not an admin");
                }
            }
            // a public method has no caller, and reads no library
            Element answer = entry.method().answer(new SubsonicCall(ctx, params, caller,
                    caller == null ? null : listeners.of(caller.id())));
            if (answer != SubsonicMethod.SENT) {
                if (caller != null) {
                    // the caller's own stars and ratings, on every song, album and artist of any answer
                    annotated.annotate(answer, caller.id());
                }
                send(ctx, envelope("ok").addAll(answer), format);
            }
        } catch (SubsonicError e) {
            fail(ctx, format, e.code(), e.getMessage());
        } catch (ListeningProblem e) {
            if (e.kind() == ListeningProblem.Kind.RANGE_NOT_SATISFIABLE) {
                throw e; // a 416 with Content-Range, as for the JSON API's streams: players understand that
            }
            fail(ctx, format, e.kind() == ListeningProblem.Kind.INVALID_REQUEST ? SubsonicError.GENERIC
                    : SubsonicError.NOT_FOUND, e.getMessage());
        } catch (InvalidValueException e) {
            fail(ctx, format, SubsonicError.GENERIC, e.getMessage());
        } catch (PlaylistAccessDeniedException e) {
            fail(ctx, format, SubsonicError.NOT_AUTHORIZED, e.getMessage());
        } catch (TranscodingBusyException | TranscodingUnavailableException e) {
            fail(ctx, format, SubsonicError.GENERIC, e.getMessage());
        } catch (UnusableCoverException e) {
            fail(ctx, format, SubsonicError.NOT_FOUND, e.getMessage());
        } catch (MediaGoneException e) {
            LOG.warn("{} {}: {}", ctx.method().name(), ctx.path(), e.getMessage());
            fail(ctx, format, SubsonicError.NOT_FOUND, e.getMessage());
        } catch (StoreUnavailableException e) {
            LOG.warn("{} {}: {}", ctx.method().name(), ctx.path(), e.getMessage());
            fail(ctx, format, SubsonicError.GENERIC, "the catalog is unavailable for a moment; try again");
        } catch (RuntimeException e) {
            String errorId = UUID.randomUUID().toString();
            LOG.error("error {} while serving {} {}", errorId, ctx.method().name(), ctx.path(), e);
            fail(ctx, format, SubsonicError.GENERIC, "the server failed to answer; report error id " + errorId);
        }
    }

    /** Refuses clients of another major version of the protocol; any 1.x is answered as 1.16.1. */
    private static void checkVersion(String version) {
        if (version == null || version.isEmpty()) {
            return; // many clients leave it out; nothing is gained by refusing them
        }
        int dot = version.indexOf('.');
        int major;
        try {
            major = Integer.parseInt((dot < 0 ? version : version.substring(0, dot)).strip());
        } catch (NumberFormatException e) {
            throw new SubsonicError(SubsonicError.GENERIC, "v must be a protocol version such as " + VERSION
                    + " but was '" + SubsonicParams.shorten(version) + "'");
        }
        if (major < 1) {
            throw new SubsonicError(SubsonicError.CLIENT_TOO_OLD, "incompatible Subsonic REST protocol version "
                    + SubsonicParams.shorten(version) + ": the client must upgrade to " + VERSION);
        }
        if (major > 1) {
            throw new SubsonicError(SubsonicError.SERVER_TOO_OLD, "incompatible Subsonic REST protocol version "
                    + SubsonicParams.shorten(version) + ": this server speaks " + VERSION);
        }
    }

    private Element envelope(String status) {
        return Element.of("subsonic-response").attr("status", status).attr("version", VERSION).attr("type", TYPE)
                .attr("serverVersion", serverVersion).attr("openSubsonic", true);
    }

    private void fail(Context ctx, SubsonicWriter.Format format, int code, String message) {
        if (ctx.res().isCommitted()) {
            LOG.debug("{} {} failed after its answer began: {}", ctx.method().name(), ctx.path(), message);
            return;
        }
        send(ctx, envelope("failed").add(Element.of("error").attr("code", code).attr("message", message)), format);
    }

    private static void send(Context ctx, Element response, SubsonicWriter.Format format) {
        ctx.status(200).contentType(format.contentType()).result(SubsonicWriter.write(response, format));
    }
}
