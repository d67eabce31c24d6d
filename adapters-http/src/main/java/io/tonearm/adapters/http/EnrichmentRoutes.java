package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.ApiRoutes.get;
import static io.tonearm.adapters.http.RequestParams.id;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.application.enrichment.AlbumEnrichment;
import io.tonearm.application.enrichment.EnrichmentJobs;
import io.tonearm.application.enrichment.EnrichmentRequest;
import io.tonearm.application.enrichment.EnrichmentStatus;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.enrichment.MusicBrainzId;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Enrichment from MusicBrainz: start a run in the background ({@code 202} with its id and a {@code Location};
 * {@code 409} while another runs), follow it, and read or choose an album's release.
 */
final class EnrichmentRoutes implements ApiRoutes {
    private final AlbumEnrichment enrichment;
    private final EnrichmentJobs jobs;
    private final ApiJson json;

    @Inject
    EnrichmentRoutes(AlbumEnrichment enrichment, EnrichmentJobs jobs, ApiJson json) {
        this.enrichment = enrichment;
        this.jobs = jobs;
        this.json = json;
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        routing.post("/api/library/enrichments", this::start, Access.ADMIN);
        get(routing, "/api/library/enrichments/{id}", this::status);
        get(routing, "/api/albums/{id}/match", this::match);
        get(routing, "/api/albums/{id}/candidates", ctx -> json.respond(ctx, 200, new ItemsResponse<>(
                enrichment.candidates(AlbumId.of(id(ctx))).stream().map(CandidateResponse::of).toList())));
        routing.put("/api/albums/{id}/match", this::choose, Access.ADMIN);
    }

    private void start(Context ctx) {
        RequestProblems problems = new RequestProblems();
        EnrichmentStartRequest body = json.optionalBody(ctx)
                .map(node -> {
                    if (!node.isObject()) {
                        throw ApiProblem.invalid("body",
                                "body must be an object such as {\"kinds\": [\"artists\"], \"dryRun\": true}");
                    }
                    return json.convert(node, EnrichmentStartRequest.class, "", problems);
                })
                .orElse(null);
        Set<EnrichmentRequest.Kind> kinds = body == null ? EnumSet.allOf(EnrichmentRequest.Kind.class)
                : kinds(body.kinds(), problems);
        problems.throwIfAny();
        EnrichmentStatus started = jobs.start(new EnrichmentRequest(kinds,
                body != null && Boolean.TRUE.equals(body.dryRun())));
        ctx.header(Header.LOCATION, "/api/library/enrichments/" + started.id());
        json.respond(ctx, 202, EnrichmentResponse.of(started));
    }

    /** @return the kinds named (all when none is given), each bad one added to {@code problems} by its index */
    private static Set<EnrichmentRequest.Kind> kinds(List<JsonNode> names, RequestProblems problems) {
        if (names == null) {
            return EnumSet.allOf(EnrichmentRequest.Kind.class);
        }
        if (names.isEmpty()) {
            problems.add(new InvalidParam("kinds", "kinds must name \"albums\", \"artists\" or both (or be left out"
                    + " for both)"));
            return EnumSet.allOf(EnrichmentRequest.Kind.class);
        }
        Set<EnrichmentRequest.Kind> kinds = EnumSet.noneOf(EnrichmentRequest.Kind.class);
        for (int i = 0; i < names.size(); i++) {
            JsonNode node = names.get(i);
            String name = node != null && node.isTextual() ? node.asText() : null;
            if ("albums".equals(name)) {
                kinds.add(EnrichmentRequest.Kind.ALBUMS);
            } else if ("artists".equals(name)) {
                kinds.add(EnrichmentRequest.Kind.ARTISTS);
            } else {
                problems.add(new InvalidParam("kinds[" + i + "]", "kinds[" + i + "] must be \"albums\" or"
                        + " \"artists\" but was " + node));
            }
        }
        return kinds.isEmpty() ? EnumSet.allOf(EnrichmentRequest.Kind.class) : kinds;
    }

    private void status(Context ctx) {
        String id = ctx.pathParam("id");
        EnrichmentStatus status = jobs.get(id)
                .orElseThrow(() -> ApiProblem.notFound("no enrichment run with id " + id));
        json.respond(ctx, 200, EnrichmentResponse.of(status));
    }

    private void match(Context ctx) {
        long id = id(ctx);
        json.respond(ctx, 200, MatchResponse.of(enrichment.match(AlbumId.of(id))
                .orElseThrow(() -> ApiProblem.notFound("album " + id + " has no MusicBrainz match"))));
    }

    private void choose(Context ctx) {
        long id = id(ctx);
        MatchRequest body = json.convert(json.body(ctx), MatchRequest.class, "");
        if (body.releaseId() == null) {
            throw ApiProblem.invalid("releaseId", "releaseId is required: the MusicBrainz id of the album's release");
        }
        MusicBrainzId release;
        try {
            release = MusicBrainzId.of(body.releaseId());
        } catch (InvalidValueException e) {
            throw ApiProblem.invalid("releaseId", e.getMessage());
        }
        try {
            json.respond(ctx, 200, MatchResponse.of(enrichment.matchByPerson(AlbumId.of(id), release)));
        } catch (NoSuchElementException e) {
            throw ApiProblem.notFound(e.getMessage());
        }
    }

    /**
     * The optional body of {@code POST /api/library/enrichments}.
     *
     * @param dryRun true to look everything up and store nothing
     * @param kinds  what to look up: {@code "albums"}, {@code "artists"} or both; both when left out
     */
    record EnrichmentStartRequest(Boolean dryRun, List<JsonNode> kinds) {
    }

    /**
     * The body of {@code PUT /api/albums/{id}/match}.
     *
     * @param releaseId the MusicBrainz id of the album's release
     */
    record MatchRequest(String releaseId) {
    }
}
