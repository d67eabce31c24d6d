package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.ApiRoutes.get;
import static io.tonearm.adapters.http.RequestParams.id;
import static io.tonearm.adapters.http.RequestParams.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.adapters.http.auth.Authenticated;
import io.tonearm.application.ListenerLibrary;
import io.tonearm.application.Listeners;
import io.tonearm.domain.ChartEntry;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.TitleAndArtist;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reading tracks: lists, one track, the chart, and the bulk lookup (a read sent as POST: it has a body). */
final class TrackQueryRoutes implements ApiRoutes {
    static final int DEFAULT_CHART_DAYS = 7;

    private final Listeners listeners;
    private final ApiJson json;
    private final TrackJson tracks;
    private final TrackPages pages;

    @Inject
    TrackQueryRoutes(Listeners listeners, ApiJson json, TrackJson tracks, TrackPages pages) {
        this.listeners = listeners;
        this.json = json;
        this.tracks = tracks;
        this.pages = pages;
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        get(routing, "/api/tracks", ctx -> tracks(ctx, library(ctx).getAllTracks(page(ctx))));
        get(routing, "/api/tracks/search", ctx -> {
            SearchQuery query = RequestParams.search(ctx);
            tracks(ctx, library(ctx).searchTracks(query, page(ctx)));
        });
        get(routing, "/api/tracks/favorites", ctx -> tracks(ctx, library(ctx).getFavoriteTracks(page(ctx))));
        get(routing, "/api/tracks/recent", ctx -> tracks(ctx, library(ctx).getRecentTracks(page(ctx))));
        get(routing, "/api/tracks/popular", ctx -> tracks(ctx, library(ctx).getPopularTracks(page(ctx))));
        get(routing, "/api/tracks/{id}", this::track);
        routing.post("/api/tracks/lookup", this::lookup, Access.USER);
        get(routing, "/api/charts", this::chart);
    }

    /** @return the library as the caller sees it: their favorites and plays */
    private ListenerLibrary library(Context ctx) {
        return listeners.of(Authenticated.caller(ctx).id());
    }

    private void tracks(Context ctx, Page<Track> page) {
        json.respond(ctx, 200, pages.answer(page));
    }

    private void track(Context ctx) {
        long id = id(ctx);
        Track track = library(ctx).getTrack(TrackId.of(id)).orElseThrow(() -> notFound(id));
        json.respond(ctx, 200, tracks.answer(track));
    }

    private void chart(Context ctx) {
        int days = RequestParams.intParam(ctx, "days", DEFAULT_CHART_DAYS);
        String user = ctx.queryParam("user");
        if (user != null && !"me".equals(user)) {
            throw ApiProblem.invalid("user", "user must be me (your own chart) or left out (the whole server's) but was "
                    + user);
        }
        PageRequest page = page(ctx);
        ListenerLibrary library = library(ctx);
        Duration window = Duration.ofDays(days);
        Page<ChartEntry> chart = user == null ? library.getChart(window, page) : library.getOwnChart(window, page);
        json.respond(ctx, 200, PageResponse.of(chart, ChartEntryResponse::of));
    }

    private void lookup(Context ctx) {
        JsonNode body = json.body(ctx);
        if (!body.isArray()) {
            throw ApiProblem.invalid("body", "body must be a JSON array of {\"title\", \"artist\"} objects");
        }
        List<TitleAndArtist> wanted = new ArrayList<>(body.size());
        RequestProblems problems = new RequestProblems();
        for (int i = 0; i < body.size(); i++) {
            String prefix = "[" + i + "]";
            TitleAndArtistRequest request = json.convert(body.get(i), TitleAndArtistRequest.class, prefix, problems);
            try {
                if (request != null) {
                    wanted.add(request.toDomain());
                }
            } catch (InvalidValueException e) {
                problems.addAll(prefix, e, field -> field);
            }
        }
        problems.throwIfAny();
        List<RawValue> found = library(ctx).findTracks(wanted).stream().map(tracks::of).toList();
        json.respond(ctx, 200, new ItemsResponse<>(found));
    }

    static ApiProblem notFound(long id) {
        return ApiProblem.notFound("no track with id " + id);
    }
}
