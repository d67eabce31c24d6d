package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.ApiRoutes.get;
import static io.tonearm.adapters.http.RequestParams.id;
import static io.tonearm.adapters.http.RequestParams.page;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Authenticated;
import io.tonearm.application.ListenerLibrary;
import io.tonearm.application.Listeners;
import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import jakarta.inject.Inject;

/** Reading albums: all, search, one, and an album's tracks. */
final class AlbumRoutes implements ApiRoutes {
    private final Listeners listeners;
    private final ApiJson json;
    private final TrackPages pages;

    @Inject
    AlbumRoutes(Listeners listeners, ApiJson json, TrackPages pages) {
        this.listeners = listeners;
        this.json = json;
        this.pages = pages;
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        get(routing, "/api/albums", ctx ->
                json.respond(ctx, 200, PageResponse.of(library(ctx).getAllAlbums(page(ctx)), AlbumResponse::of)));
        get(routing, "/api/albums/search", ctx -> {
            SearchQuery query = RequestParams.search(ctx);
            json.respond(ctx, 200, PageResponse.of(library(ctx).searchAlbums(query, page(ctx)), AlbumResponse::of));
        });
        get(routing, "/api/albums/{id}", ctx -> json.respond(ctx, 200, AlbumResponse.of(album(ctx))));
        get(routing, "/api/albums/{id}/tracks", this::tracks);
    }

    private void tracks(Context ctx) {
        AlbumId id = AlbumId.of(id(ctx));
        PageRequest page = page(ctx);
        album(ctx); // an unknown album is a 404, not an empty list
        json.respond(ctx, 200, pages.answer(library(ctx).getAlbumTracks(id, page)));
    }

    /** @return the library as the caller sees it: tracks answered with their favorites and plays */
    private ListenerLibrary library(Context ctx) {
        return listeners.of(Authenticated.caller(ctx).id());
    }

    private Album album(Context ctx) {
        long id = id(ctx);
        return library(ctx).getAlbum(AlbumId.of(id)).orElseThrow(() -> ApiProblem.notFound("no album with id " + id));
    }
}
