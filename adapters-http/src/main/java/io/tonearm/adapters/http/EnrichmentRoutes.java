package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.ApiRoutes.get;
import static io.tonearm.adapters.http.RequestParams.id;

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
import java.util.NoSuchElementException;

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
        EnrichmentStartRequest body = json.optionalBody(ctx)
                .map(node -> {
                    if (!node.isObject()) {
                        throw ApiProblem.invalid("body", "body must be an object such as {\"dryRun\": true}");
                    }
                    return json.convert(node, EnrichmentStartRequest.class, "");
                })
                .orElse(new EnrichmentStartRequest(null));
        EnrichmentStatus started = jobs.start(new EnrichmentRequest(Boolean.TRUE.equals(body.dryRun())));
        ctx.header(Header.LOCATION, "/api/library/enrichments/" + started.id());
        json.respond(ctx, 202, EnrichmentResponse.of(started));
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
     */
    record EnrichmentStartRequest(Boolean dryRun) {
    }

    /**
     * The body of {@code PUT /api/albums/{id}/match}.
     *
     * @param releaseId the MusicBrainz id of the album's release
     */
    record MatchRequest(String releaseId) {
    }
}
