package io.tonearm.adapters.http;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.adapters.http.auth.Authenticated;
import io.tonearm.application.scrobbling.Scrobbling;
import jakarta.inject.Inject;

/** The caller's scrobbling: storing or forgetting their ListenBrainz token, and what became of their plays. */
final class ScrobbleRoutes implements ApiRoutes {
    private final Scrobbling scrobbling;
    private final ApiJson json;

    @Inject
    ScrobbleRoutes(Scrobbling scrobbling, ApiJson json) {
        this.scrobbling = scrobbling;
        this.json = json;
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        routing.put("/api/users/me/listenbrainz", this::connect, Access.USER);
        routing.delete("/api/users/me/listenbrainz", this::disconnect, Access.USER);
        ApiRoutes.get(routing, "/api/users/me/scrobbles", this::status, Access.USER);
    }

    private void connect(Context ctx) {
        ListenBrainzRequest request = json.convert(json.body(ctx), ListenBrainzRequest.class, "");
        scrobbling.connectListenBrainz(Authenticated.caller(ctx).id(), request.token()); // a bad token is a 400
        ctx.status(204);
    }

    private void disconnect(Context ctx) {
        if (!scrobbling.disconnectListenBrainz(Authenticated.caller(ctx).id())) {
            throw ApiProblem.notFound("you stored no ListenBrainz token");
        }
        ctx.status(204);
    }

    private void status(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        json.respond(ctx, 200, ScrobbleStatusResponse.of(scrobbling.status(Authenticated.caller(ctx).id())));
    }
}
