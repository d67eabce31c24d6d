package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.ApiRoutes.get;
import static io.tonearm.adapters.http.RequestParams.id;
import static io.tonearm.adapters.http.RequestParams.page;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.application.Library;
import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import jakarta.inject.Inject;

/** Reading albums: all, search, one, and an album's tracks. */
final class AlbumRoutes implements ApiRoutes {
    private final Library library;
    private final ApiJson json;
    private final TrackJson tracks;

    @Inject
    AlbumRoutes(Library library, ApiJson json, TrackJson tracks) {
        this.library = library;
        this.json = json;
        this.tracks = tracks;
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        get(routing, "/api/albums", ctx ->
                json.respond(ctx, 200, PageResponse.of(library.getAllAlbums(page(ctx)), AlbumResponse::of)));
        get(routing, "/api/albums/search", ctx -> {
            SearchQuery query = RequestParams.search(ctx);
            json.respond(ctx, 200, PageResponse.of(library.searchAlbums(query, page(ctx)), AlbumResponse::of));
        });
        get(routing, "/api/albums/{id}", ctx -> json.respond(ctx, 200, AlbumResponse.of(album(ctx))));
        get(routing, "/api/albums/{id}/tracks", this::tracks);
    }

    private void tracks(Context ctx) {
        AlbumId id = AlbumId.of(id(ctx));
        PageRequest page = page(ctx);
        album(ctx); // an unknown album is a 404, not an empty list
        json.respond(ctx, 200, PageResponse.of(library.getAlbumTracks(id, page), tracks::of));
    }

    private Album album(Context ctx) {
        long id = id(ctx);
        return library.getAlbum(AlbumId.of(id)).orElseThrow(() -> ApiProblem.notFound("no album with id " + id));
    }
}
