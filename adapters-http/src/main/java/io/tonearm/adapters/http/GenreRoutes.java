package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.ApiRoutes.get;
import static io.tonearm.adapters.http.RequestParams.page;

import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Authenticated;
import io.tonearm.application.Genres;
import io.tonearm.application.Library;
import io.tonearm.application.Listeners;
import jakarta.inject.Inject;

/**
 * Reading genres: every genre the tracks name, with their counts, and the tracks of one (named by a query
 * parameter, since a genre's name may hold a slash), as the caller sees them.
 */
final class GenreRoutes implements ApiRoutes {
    private final Library library;
    private final Listeners listeners;
    private final ApiJson json;
    private final TrackPages pages;

    @Inject
    GenreRoutes(Library library, Listeners listeners, ApiJson json, TrackPages pages) {
        this.library = library;
        this.listeners = listeners;
        this.json = json;
        this.pages = pages;
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        get(routing, "/api/genres", ctx -> json.respond(ctx, 200, new ItemsResponse<>(
                Genres.of(library).stream().map(GenreResponse::of).toList())));
        get(routing, "/api/genres/tracks", ctx -> {
            String name = RequestParams.requiredText(ctx, "name");
            json.respond(ctx, 200, pages.answer(Genres.tracksOf(listeners.of(Authenticated.caller(ctx).id()), name,
                    page(ctx))));
        });
    }
}
