package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.ApiRoutes.get;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.application.scanning.LibraryScans;
import io.tonearm.application.scanning.ScanId;
import io.tonearm.application.scanning.ScanRequest;
import io.tonearm.application.scanning.ScanStatus;
import jakarta.inject.Inject;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Library scans: start one in the background ({@code 202} with its id and a {@code Location}; {@code 409} while
 * another runs), and follow it by id (progress and the files that failed).
 */
final class ScanRoutes implements ApiRoutes {
    private final LibraryScans scans;
    private final ApiJson json;

    @Inject
    ScanRoutes(LibraryScans scans, ApiJson json) {
        this.scans = scans;
        this.json = json;
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        routing.post("/api/library/scans", this::start, Access.ADMIN);
        get(routing, "/api/library/scans/{id}", this::status);
    }

    private void start(Context ctx) {
        ScanStartRequest body = json.optionalBody(ctx)
                .map(node -> {
                    if (!node.isObject()) {
                        throw ApiProblem.invalid("body", "body must be an object such as {\"root\": \"/music\"}");
                    }
                    return json.convert(node, ScanStartRequest.class, "");
                })
                .orElse(new ScanStartRequest(null, null));
        ScanStatus started = scans.startScan(new ScanRequest(root(body), Boolean.TRUE.equals(body.full())));
        ctx.header(Header.LOCATION, "/api/library/scans/" + started.id());
        json.respond(ctx, 202, ScanResponse.of(started));
    }

    private Path root(ScanStartRequest body) {
        if (body.root() == null) {
            return scans.libraryRoots().stream().findFirst().orElseThrow(() -> ApiProblem.invalid("root",
                    "root is required: no library directory is configured"));
        }
        try {
            return Path.of(body.root());
        } catch (InvalidPathException e) {
            throw ApiProblem.invalid("root", "root must be a directory path but was " + body.root());
        }
    }

    private void status(Context ctx) {
        ScanId id = ScanId.parse(ctx.pathParam("id"));
        ScanStatus status = scans.getScan(id).orElseThrow(() -> ApiProblem.notFound("no scan with id " + id));
        json.respond(ctx, 200, ScanResponse.of(status));
    }
}
