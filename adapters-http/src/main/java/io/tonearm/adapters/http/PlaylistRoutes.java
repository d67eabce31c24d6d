package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.ApiRoutes.get;
import static io.tonearm.adapters.http.RequestParams.id;
import static io.tonearm.adapters.http.RequestParams.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.adapters.http.auth.Authenticated;
import io.tonearm.application.PlaylistLibrary;
import io.tonearm.application.scanning.LibraryScans;
import io.tonearm.application.users.Caller;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.playlist.Playlist;
import io.tonearm.domain.playlist.PlaylistChanges;
import io.tonearm.domain.playlist.PlaylistId;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The caller's playlists and everybody's public ones: list, create (from JSON or an imported M3U8 file), read (as
 * JSON or exported as M3U8), change, delete, and their entries (replace, append, move or remove one by index).
 */
final class PlaylistRoutes implements ApiRoutes {
    /** The name an imported playlist gets when neither the request nor the file names it. */
    static final String IMPORTED_NAME = "Imported playlist";

    private final PlaylistLibrary playlists;
    private final LibraryScans scans;
    private final ApiJson json;
    private final TrackJson tracks;

    @Inject
    PlaylistRoutes(PlaylistLibrary playlists, LibraryScans scans, ApiJson json, TrackJson tracks) {
        this.playlists = playlists;
        this.scans = scans;
        this.json = json;
        this.tracks = tracks;
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        get(routing, "/api/playlists", this::list);
        routing.post("/api/playlists", this::create, Access.USER);
        get(routing, "/api/playlists/{id}.m3u8", this::export);
        get(routing, "/api/playlists/{id}", this::playlist);
        routing.patch("/api/playlists/{id}", this::update, Access.USER);
        routing.delete("/api/playlists/{id}", this::delete, Access.USER);
        routing.put("/api/playlists/{id}/tracks", this::replaceTracks, Access.USER);
        routing.post("/api/playlists/{id}/tracks", this::appendTracks, Access.USER);
        routing.patch("/api/playlists/{id}/tracks/{index}", this::moveTrack, Access.USER);
        routing.delete("/api/playlists/{id}/tracks/{index}", this::removeTrack, Access.USER);
    }

    private static Caller caller(Context ctx) {
        return Authenticated.caller(ctx);
    }

    private void list(Context ctx) {
        json.respond(ctx, 200, PageResponse.of(playlists.getPlaylists(caller(ctx), page(ctx)), PlaylistResponse::of));
    }

    private void create(Context ctx) {
        Playlist created = M3u8.names(ctx.contentType()) ? importM3u8(ctx) : createFromJson(ctx);
        ctx.header(Header.LOCATION, "/api/playlists/" + created.id().value());
        json.respond(ctx, 201, PlaylistResponse.of(created));
    }

    private Playlist createFromJson(Context ctx) {
        JsonNode body = json.body(ctx);
        if (!body.isObject()) {
            throw ApiProblem.invalid("body", "body must be a JSON object such as {\"name\": \"...\"}");
        }
        RequestProblems problems = new RequestProblems();
        Boolean isPublic = publicFlag(body, problems);
        NewPlaylistRequest request = json.convert(withoutPublic(body), NewPlaylistRequest.class, "", problems);
        problems.throwIfAny();
        return playlists.createPlaylist(caller(ctx), request.name(), request.comment(),
                isPublic != null && isPublic, trackIds(request.trackIds()));
    }

    private Playlist importM3u8(Context ctx) {
        M3u8.Parsed parsed = M3u8.read(utf8(json.rawBody(ctx)));
        String name = Optional.ofNullable(ctx.queryParam("name")).orElse(parsed.name());
        return playlists.importPlaylist(caller(ctx), name == null || name.isBlank() ? IMPORTED_NAME : name,
                parsed.paths(), scans.libraryRoots());
    }

    private void playlist(Context ctx) {
        if (M3u8.names(ctx.header(Header.ACCEPT))) {
            export(ctx);
            return;
        }
        PlaylistId id = playlistId(ctx);
        Caller caller = caller(ctx);
        Playlist playlist = playlists.getPlaylist(caller, id).orElseThrow(() -> notFound(id));
        Page<Track> page = playlists.getPlaylistTracks(caller, id, page(ctx));
        json.respond(ctx, 200, PlaylistResponse.of(playlist, PageResponse.of(page, tracks::of)));
    }

    private void export(Context ctx) {
        PlaylistId id = playlistId(ctx);
        Caller caller = caller(ctx);
        Playlist playlist = playlists.getPlaylist(caller, id).orElseThrow(() -> notFound(id));
        List<Track> all = new ArrayList<>(playlist.entryCount());
        Optional<PageRequest> next = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
        while (next.isPresent()) {
            Page<Track> page = playlists.getPlaylistTracks(caller, id, next.get());
            all.addAll(page.items());
            next = page.nextPage();
        }
        String paths = ctx.queryParam("paths");
        if (paths != null && !paths.equals("relative") && !paths.equals("stored")) {
            throw ApiProblem.invalid("paths", "paths must be stored or relative but was " + paths);
        }
        List<Path> roots = scans.libraryRoots();
        Function<String, String> written = "relative".equals(paths) ? path -> relative(path, roots) : path -> path;
        ctx.header(Header.CONTENT_DISPOSITION, "attachment; filename=\"playlist-" + id.value() + ".m3u8\"");
        ctx.status(200).contentType(M3u8.MEDIA_TYPE + "; charset=utf-8").result(M3u8.write(playlist, all, written));
    }

    /** @return the path relative to the first library root it lies under, else as stored */
    private static String relative(String stored, List<Path> roots) {
        Path path = Path.of(stored).normalize();
        for (Path root : roots) {
            Path normalized = root.normalize();
            if (path.startsWith(normalized) && !path.equals(normalized)) {
                return normalized.relativize(path).toString();
            }
        }
        return stored;
    }

    private void update(Context ctx) {
        PlaylistId id = playlistId(ctx);
        JsonNode body = json.body(ctx);
        if (!body.isObject()) {
            throw ApiProblem.invalid("body", "body must be a JSON object holding the fields to change");
        }
        RequestProblems problems = new RequestProblems();
        Boolean isPublic = publicFlag(body, problems);
        PlaylistChangesRequest request = json.convert(withoutPublic(body), PlaylistChangesRequest.class, "",
                problems);
        PlaylistChanges changes = null;
        try {
            changes = request == null ? null : new PlaylistChanges(request.name(), request.comment(), isPublic);
        } catch (InvalidValueException e) {
            problems.addAll("", e, field -> field);
        }
        problems.throwIfAny();
        respond(ctx, id, playlists.updatePlaylist(caller(ctx), id, changes));
    }

    private void delete(Context ctx) {
        PlaylistId id = playlistId(ctx);
        if (!playlists.deletePlaylist(caller(ctx), id)) {
            throw notFound(id);
        }
        ctx.status(204);
    }

    private void replaceTracks(Context ctx) {
        PlaylistId id = playlistId(ctx);
        respond(ctx, id, playlists.replaceTracks(caller(ctx), id, trackIdsBody(ctx)));
    }

    private void appendTracks(Context ctx) {
        PlaylistId id = playlistId(ctx);
        respond(ctx, id, playlists.appendTracks(caller(ctx), id, trackIdsBody(ctx)));
    }

    private void removeTrack(Context ctx) {
        PlaylistId id = playlistId(ctx);
        respond(ctx, id, playlists.removeEntries(caller(ctx), id, List.of(index(ctx))));
    }

    private void moveTrack(Context ctx) {
        PlaylistId id = playlistId(ctx);
        int from = index(ctx);
        EntryMoveRequest request = json.convert(json.body(ctx), EntryMoveRequest.class, "");
        if (request.to() == null) {
            throw ApiProblem.invalid("to", "to is required: the index the entry moves to");
        }
        try {
            respond(ctx, id, playlists.moveEntry(caller(ctx), id, from, request.to()));
        } catch (InvalidValueException e) {
            // the use case's "from" is this route's path parameter
            throw e.field().equals("from") ? ApiProblem.invalid("index", e.getMessage().replaceFirst("^from", "index"))
                    : e;
        }
    }

    private static int index(Context ctx) {
        String raw = ctx.pathParam("index");
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid("index", "index must be a whole number from 0 but was " + raw);
        }
    }

    private void respond(Context ctx, PlaylistId id, Optional<Playlist> changed) {
        json.respond(ctx, 200, PlaylistResponse.of(changed.orElseThrow(() -> notFound(id))));
    }

    private List<TrackId> trackIdsBody(Context ctx) {
        JsonNode body = json.body(ctx);
        if (!body.isObject()) {
            throw ApiProblem.invalid("body", "body must be a JSON object such as {\"trackIds\": [1, 2]}");
        }
        TrackIdsRequest request = json.convert(body, TrackIdsRequest.class, "");
        if (request.trackIds() == null) {
            throw ApiProblem.invalid("trackIds", "trackIds is required");
        }
        return trackIds(request.trackIds());
    }

    private static List<TrackId> trackIds(List<Long> ids) {
        if (ids == null) {
            return List.of();
        }
        List<TrackId> trackIds = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null || id <= 0) {
                throw ApiProblem.invalid("trackIds[" + i + "]", "trackIds[" + i + "] must be a positive track id"
                        + " but was " + id);
            }
            trackIds.add(TrackId.of(id));
        }
        return trackIds;
    }

    /** @return the {@code public} field (null when absent); a non-boolean one is added to {@code problems} */
    private static Boolean publicFlag(JsonNode body, RequestProblems problems) {
        JsonNode flag = body.get("public");
        if (flag == null || flag.isNull()) {
            return null;
        }
        if (!flag.isBoolean()) {
            problems.add(new InvalidParam("public", "public must be true or false but was " + flag));
            return null;
        }
        return flag.booleanValue();
    }

    private static JsonNode withoutPublic(JsonNode body) {
        ObjectNode copy = ((ObjectNode) body).deepCopy();
        copy.remove("public");
        return copy;
    }

    private static PlaylistId playlistId(Context ctx) {
        return PlaylistId.of(id(ctx));
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiProblem.invalid("body", "an M3U8 playlist must be UTF-8 text");
        }
    }

    static ApiProblem notFound(PlaylistId id) {
        return ApiProblem.notFound("no playlist with id " + id);
    }
}
