package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.ApiRoutes.get;
import static io.tonearm.adapters.http.RequestParams.id;
import static io.tonearm.adapters.http.RequestParams.page;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.application.Library;
import io.tonearm.application.enrichment.ArtistEnrichment;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import jakarta.inject.Inject;

/** Reading artists: all, search, one, and an artist's albums. */
final class ArtistRoutes implements ApiRoutes {
    private final Library library;
    private final ArtistEnrichment enrichment;
    private final ApiJson json;

    @Inject
    ArtistRoutes(Library library, ArtistEnrichment enrichment, ApiJson json) {
        this.library = library;
        this.enrichment = enrichment;
        this.json = json;
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        get(routing, "/api/artists", ctx ->
                json.respond(ctx, 200, PageResponse.of(library.getAllArtists(page(ctx)), ArtistResponse::of)));
        get(routing, "/api/artists/search", ctx -> {
            SearchQuery query = RequestParams.search(ctx);
            json.respond(ctx, 200, PageResponse.of(library.searchArtists(query, page(ctx)), ArtistResponse::of));
        });
        get(routing, "/api/artists/{id}", ctx -> {
            Artist artist = artist(ctx);
            json.respond(ctx, 200, ArtistResponse.of(artist, enrichment.match(artist.id())));
        });
        get(routing, "/api/artists/{id}/albums", this::albums);
    }

    private void albums(Context ctx) {
        ArtistId id = ArtistId.of(id(ctx));
        PageRequest page = page(ctx);
        artist(ctx); // an unknown artist is a 404, not an empty list
        json.respond(ctx, 200, PageResponse.of(library.getArtistAlbums(id, page), AlbumResponse::of));
    }

    private Artist artist(Context ctx) {
        long id = id(ctx);
        return library.getArtist(ArtistId.of(id)).orElseThrow(() -> ApiProblem.notFound("no artist with id " + id));
    }
}
