package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.RequestParams.id;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.adapters.http.auth.Authenticated;
import io.tonearm.application.StarsAndRatings;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.Rating;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.user.UserId;
import jakarta.inject.Inject;

/**
 * The caller's own stars of albums and artists, and ratings of tracks, albums and artists (a track's star is
 * {@link TrackCommandRoutes}'): the same use cases as Subsonic's {@code star}, {@code unstar} and {@code setRating}.
 */
final class StarAndRatingRoutes implements ApiRoutes {
    private final StarsAndRatings stars;
    private final ApiJson json;

    @Inject
    StarAndRatingRoutes(StarsAndRatings stars, ApiJson json) {
        this.stars = stars;
        this.json = json;
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        routing.put("/api/albums/{id}/favorite", ctx -> albumFavorite(ctx, true), Access.USER);
        routing.delete("/api/albums/{id}/favorite", ctx -> albumFavorite(ctx, false), Access.USER);
        routing.put("/api/artists/{id}/favorite", ctx -> artistFavorite(ctx, true), Access.USER);
        routing.delete("/api/artists/{id}/favorite", ctx -> artistFavorite(ctx, false), Access.USER);
        routing.put("/api/tracks/{id}/rating", ctx -> rateTrack(ctx, rating(ctx)), Access.USER);
        routing.delete("/api/tracks/{id}/rating", ctx -> rateTrack(ctx, Rating.NONE), Access.USER);
        routing.put("/api/albums/{id}/rating", ctx -> rateAlbum(ctx, rating(ctx)), Access.USER);
        routing.delete("/api/albums/{id}/rating", ctx -> rateAlbum(ctx, Rating.NONE), Access.USER);
        routing.put("/api/artists/{id}/rating", ctx -> rateArtist(ctx, rating(ctx)), Access.USER);
        routing.delete("/api/artists/{id}/rating", ctx -> rateArtist(ctx, Rating.NONE), Access.USER);
    }

    private static UserId caller(Context ctx) {
        return Authenticated.caller(ctx).id();
    }

    private void albumFavorite(Context ctx, boolean flag) {
        long id = id(ctx);
        done(ctx, stars.setAlbumFavorite(caller(ctx), AlbumId.of(id), flag), "album", id);
    }

    private void artistFavorite(Context ctx, boolean flag) {
        long id = id(ctx);
        done(ctx, stars.setArtistFavorite(caller(ctx), ArtistId.of(id), flag), "artist", id);
    }

    private void rateTrack(Context ctx, int rating) {
        long id = id(ctx);
        done(ctx, stars.rateTrack(caller(ctx), TrackId.of(id), rating), "track", id);
    }

    private void rateAlbum(Context ctx, int rating) {
        long id = id(ctx);
        done(ctx, stars.rateAlbum(caller(ctx), AlbumId.of(id), rating), "album", id);
    }

    private void rateArtist(Context ctx, int rating) {
        long id = id(ctx);
        done(ctx, stars.rateArtist(caller(ctx), ArtistId.of(id), rating), "artist", id);
    }

    /** @return the body's rating, checked to be 0-5 before anything is looked up */
    private int rating(Context ctx) {
        JsonNode body = json.body(ctx);
        if (!body.isObject()) {
            throw ApiProblem.invalid("body", "body must be a JSON object such as {\"rating\": 4}");
        }
        Integer rating = json.convert(body, RatingRequest.class, "").rating();
        if (rating == null) {
            throw ApiProblem.invalid("rating", "rating is required: 1 to 5, or 0 to clear it");
        }
        return Rating.check(rating);
    }

    private static void done(Context ctx, boolean found, String kind, long id) {
        if (!found) {
            throw ApiProblem.notFound("no " + kind + " with id " + id);
        }
        ctx.status(204);
    }
}
