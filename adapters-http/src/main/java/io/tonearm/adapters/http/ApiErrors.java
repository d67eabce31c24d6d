package io.tonearm.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.AccessDeniedException;
import io.tonearm.adapters.http.auth.AuthenticationFailedException;
import io.tonearm.adapters.http.auth.TooManyFailuresException;
import io.tonearm.adapters.http.listening.ListeningProblem;
import io.tonearm.application.PlaylistAccessDeniedException;
import io.tonearm.application.enrichment.EnrichmentAlreadyRunningException;
import io.tonearm.application.enrichment.EnrichmentDisabledException;
import io.tonearm.application.scanning.ScanAlreadyRunningException;
import io.tonearm.application.users.LastAdminException;
import io.tonearm.domain.DuplicateTrackPathException;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.StoreUnavailableException;
import io.tonearm.domain.TagWriteException;
import io.tonearm.domain.enrichment.RemoteServiceException;
import io.tonearm.domain.media.MediaGoneException;
import io.tonearm.domain.media.TranscodingBusyException;
import io.tonearm.domain.media.TranscodingUnavailableException;
import io.tonearm.domain.media.UnusableCoverException;
import io.tonearm.domain.user.DuplicateUserNameException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure of a request to an RFC 9457 problem: refusals of the routes, invalid values named by the
 * domain, duplicates, Javalin's 404/405/413, and anything unexpected, which becomes a 500 that carries only an
 * error id (the exception itself is logged under that id, never sent).
 */
final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final ApiJson json;

    @Inject
    ApiErrors(ApiJson json) {
        this.json = json;
    }

    void addTo(JavalinDefaultRouting routing) {
        routing.exception(ApiProblem.class, (e, ctx) -> respond(ctx, e));
        routing.exception(InvalidValueException.class,
                (e, ctx) -> respond(ctx, ApiProblem.invalid(e)));
        routing.exception(DuplicateTrackPathException.class, (e, ctx) -> respond(ctx, ApiProblem.duplicatePath(e)));
        routing.exception(ScanAlreadyRunningException.class, (e, ctx) -> respond(ctx, ApiProblem.scanRunning(e)));
        routing.exception(TagWriteException.class, (e, ctx) -> respond(ctx, ApiProblem.tagsNotWritten(e)));
        routing.exception(StoreUnavailableException.class, this::storeUnavailable);
        routing.exception(AuthenticationFailedException.class, (e, ctx) -> {
            ctx.header(Header.WWW_AUTHENTICATE, e.challenge());
            respond(ctx, ApiProblem.of(ProblemType.UNAUTHORIZED, e.getMessage()));
        });
        routing.exception(AccessDeniedException.class,
                (e, ctx) -> respond(ctx, ApiProblem.of(ProblemType.FORBIDDEN, e.getMessage())));
        routing.exception(PlaylistAccessDeniedException.class,
                (e, ctx) -> respond(ctx, ApiProblem.of(ProblemType.FORBIDDEN, e.getMessage())));
        routing.exception(TooManyFailuresException.class, (e, ctx) -> {
            ctx.header(Header.RETRY_AFTER, Long.toString(Math.max(1, (e.retryAfter().toMillis() + 999) / 1000)));
            respond(ctx, ApiProblem.of(ProblemType.TOO_MANY_FAILURES, e.getMessage()));
        });
        routing.exception(DuplicateUserNameException.class, (e, ctx) -> respond(ctx,
                ApiProblem.of(ProblemType.USER_NAME_TAKEN, e.getMessage())));
        routing.exception(LastAdminException.class,
                (e, ctx) -> respond(ctx, ApiProblem.of(ProblemType.LAST_ADMIN, e.getMessage())));
        routing.exception(EnrichmentAlreadyRunningException.class,
                (e, ctx) -> respond(ctx, ApiProblem.of(ProblemType.ENRICHMENT_RUNNING, e.getMessage())));
        routing.exception(EnrichmentDisabledException.class,
                (e, ctx) -> respond(ctx, ApiProblem.of(ProblemType.ENRICHMENT_DISABLED, e.getMessage())));
        routing.exception(RemoteServiceException.class, this::remoteService);
        routing.exception(MediaGoneException.class, (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method().name(), ctx.path(), e.getMessage());
            respond(ctx, ApiProblem.of(ProblemType.MEDIA_GONE, e.getMessage()));
        });
        routing.exception(UnusableCoverException.class,
                (e, ctx) -> respond(ctx, ApiProblem.of(ProblemType.NO_USABLE_COVER, e.getMessage())));
        routing.exception(ListeningProblem.class, this::listening);
        routing.exception(TranscodingUnavailableException.class,
                (e, ctx) -> respond(ctx, ApiProblem.of(ProblemType.TRANSCODING_UNAVAILABLE, e.getMessage())));
        routing.exception(TranscodingBusyException.class, (e, ctx) -> {
            ctx.header(Header.RETRY_AFTER, Long.toString(Math.max(1, (e.retryAfter().toMillis() + 999) / 1000)));
            respond(ctx, ApiProblem.of(ProblemType.TRANSCODING_BUSY, e.getMessage()));
        });
        routing.exception(HttpResponseException.class, this::httpResponse);
        routing.exception(Exception.class, this::unexpected);
    }

    private void respond(Context ctx, ApiProblem problem) {
        ProblemType type = problem.type();
        json.respond(ctx, Problem.of(type, type.status(), problem.getMessage(), ctx.path(), problem.invalidParams(),
                null));
    }

    private void listening(ListeningProblem e, Context ctx) {
        e.headers().forEach(ctx::header);
        if (e.kind() == ListeningProblem.Kind.INVALID_REQUEST) {
            respond(ctx, ApiProblem.invalid(e.invalidParams().entrySet().stream()
                    .map(param -> new InvalidParam(param.getKey(), param.getValue())).toList()));
            return;
        }
        ProblemType type = switch (e.kind()) {
            case INVALID_REQUEST -> ProblemType.INVALID_REQUEST;
            case NO_SUCH_TRACK, NO_COVER -> ProblemType.NOT_FOUND;
            case RANGE_NOT_SATISFIABLE -> ProblemType.RANGE_NOT_SATISFIABLE;
        };
        respond(ctx, ApiProblem.of(type, e.getMessage()));
    }

    /** A 503 that tells the client when to try again (whole seconds, at least one). */
    private void storeUnavailable(StoreUnavailableException e, Context ctx) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        ctx.header(Header.RETRY_AFTER, Long.toString(seconds));
        LOG.warn("{} {} answered 503: {}", ctx.method().name(), ctx.path(), e.getMessage());
        respond(ctx, ApiProblem.storeUnavailable(e));
    }

    /** A remote service that may answer later is a 503 (with its Retry-After when known); a refusal a 502. */
    private void remoteService(RemoteServiceException e, Context ctx) {
        LOG.warn("{} {}: {}", ctx.method().name(), ctx.path(), e.getMessage());
        if (!e.isRetryable()) {
            respond(ctx, ApiProblem.of(ProblemType.REMOTE_SERVICE_REFUSED, e.getMessage()));
            return;
        }
        e.retryAfter().ifPresent(wait -> ctx.header(Header.RETRY_AFTER,
                Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000))));
        respond(ctx, ApiProblem.of(ProblemType.REMOTE_SERVICE_UNAVAILABLE, e.getMessage()));
    }

    /** Javalin's own answers: no route (404), wrong method (405), body too large (413) and the like. */
    private void httpResponse(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        if (status >= 500) {
            unexpected(e, ctx);
            return;
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = e.getMessage();
        if (e instanceof EndpointNotFound) {
            detail = "no endpoint " + ctx.method().name() + " " + ctx.path();
        } else if (e instanceof MethodNotAllowedResponse) {
            String allowed = e.getDetails().values().stream().findFirst().orElse("");
            ctx.header(Header.ALLOW, allowed);
            detail = ctx.method().name() + " is not allowed on " + ctx.path() + "; allowed: " + allowed;
        }
        json.respond(ctx, Problem.of(type, status, detail, ctx.path(), List.of(), null));
    }

    private void unexpected(Exception e, Context ctx) {
        String errorId = UUID.randomUUID().toString();
        LOG.error("error {} while serving {} {}", errorId, ctx.method().name(), ctx.path(), e);
        json.respond(ctx, Problem.of(ProblemType.INTERNAL_ERROR, 500,
                "the server failed to answer; report error id " + errorId, ctx.path(), List.of(), errorId));
    }
}
