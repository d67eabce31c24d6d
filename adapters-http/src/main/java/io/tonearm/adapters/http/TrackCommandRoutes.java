package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.RequestParams.id;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.adapters.http.auth.Authenticated;
import io.tonearm.application.ListenerLibrary;
import io.tonearm.application.Listeners;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.TrackId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Changing tracks: add (one or many), partial update, delete, favorite flag, plays. */
final class TrackCommandRoutes implements ApiRoutes {
    private final Listeners listeners;
    private final ApiJson json;

    @Inject
    TrackCommandRoutes(Listeners listeners, ApiJson json) {
        this.listeners = listeners;
        this.json = json;
    }

    /** @return the library as the caller sees it: tracks answered with their favorites and plays */
    private ListenerLibrary library(Context ctx) {
        return listeners.of(Authenticated.caller(ctx).id());
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        routing.post("/api/tracks", this::add, Access.ADMIN);
        routing.patch("/api/tracks/{id}", this::update, Access.ADMIN);
        routing.delete("/api/tracks/{id}", this::delete, Access.ADMIN);
        routing.put("/api/tracks/{id}/favorite", ctx -> favorite(ctx, true), Access.USER);
        routing.delete("/api/tracks/{id}/favorite", ctx -> favorite(ctx, false), Access.USER);
        routing.post("/api/tracks/{id}/plays", this::play, Access.USER);
    }

    private void add(Context ctx) {
        JsonNode body = json.body(ctx);
        RequestProblems problems = new RequestProblems();
        if (body.isArray()) {
            List<NewTrack> tracks = new ArrayList<>(body.size());
            for (int i = 0; i < body.size(); i++) {
                tracks.add(newTrack(body.get(i), "[" + i + "]", problems));
            }
            problems.throwIfAny();
            json.respond(ctx, 201, new AddedResponse(library(ctx).addTracks(tracks)));
        } else if (body.isObject()) {
            NewTrack command = newTrack(body, "", problems);
            problems.throwIfAny();
            Track track = library(ctx).addTrack(command);
            ctx.header(Header.LOCATION, "/api/tracks/" + track.id().value());
            json.respond(ctx, 201, TrackResponse.of(track));
        } else {
            throw ApiProblem.invalid("body", "body must be a track object or an array of track objects");
        }
    }

    /** @return the command, or null when the node has problems (then added to {@code problems}) */
    private NewTrack newTrack(JsonNode node, String prefix, RequestProblems problems) {
        NewTrackRequest request = json.convert(node, NewTrackRequest.class, prefix, problems);
        return request == null ? null : request.toCommand(prefix, problems);
    }

    private void update(Context ctx) {
        long id = id(ctx);
        JsonNode body = json.body(ctx);
        if (!body.isObject()) {
            throw ApiProblem.invalid("body", "body must be a JSON object holding the fields to change");
        }
        RequestProblems problems = new RequestProblems();
        ObjectNode changeable = ((ObjectNode) body).deepCopy();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            String name = field.getKey();
            if (!TrackChangesRequest.FIELDS.contains(name)) {
                problems.add(new InvalidParam(name, name + " cannot be changed; changeable fields are "
                        + String.join(", ", TrackChangesRequest.FIELDS)));
                changeable.remove(name);
            } else if (field.getValue().isNull()) {
                problems.add(new InvalidParam(name, name
                        + " must not be null: a field cannot be cleared; leave it out to keep its value"));
                changeable.remove(name);
            }
        }
        TrackChangesRequest request = json.convert(changeable, TrackChangesRequest.class, "", problems);
        TrackChanges changes = null;
        try {
            changes = request == null ? null : request.toCommand();
        } catch (InvalidValueException e) {
            problems.addAll("", e, field -> field);
        }
        problems.throwIfAny();
        Track updated = library(ctx).updateTrack(TrackId.of(id), changes)
                .orElseThrow(() -> TrackQueryRoutes.notFound(id));
        json.respond(ctx, 200, TrackResponse.of(updated));
    }

    private void delete(Context ctx) {
        long id = id(ctx);
        if (!library(ctx).deleteTrack(TrackId.of(id))) {
            throw TrackQueryRoutes.notFound(id);
        }
        ctx.status(204);
    }

    private void favorite(Context ctx, boolean flag) {
        long id = id(ctx);
        if (!library(ctx).setTrackFavorite(TrackId.of(id), flag)) {
            throw TrackQueryRoutes.notFound(id);
        }
        ctx.status(204);
    }

    private void play(Context ctx) {
        long id = id(ctx);
        Instant playedAt = json.optionalBody(ctx)
                .map(body -> {
                    if (!body.isObject()) {
                        throw ApiProblem.invalid("body", "body must be a JSON object such as {\"playedAt\": \"...\"}");
                    }
                    return json.convert(body, PlayRequest.class, "").playedAt();
                })
                .orElse(null);
        // the server's now when the client does not say; the use case checks it against its own clock
        Instant at = playedAt != null ? playedAt : Instant.now();
        Track played = library(ctx).recordTrackPlay(TrackId.of(id), at).orElseThrow(() -> TrackQueryRoutes.notFound(id));
        json.respond(ctx, 200, TrackResponse.of(played));
    }
}
