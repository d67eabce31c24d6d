package io.tonearm.adapters.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.javalin.router.InternalRouter;
import io.javalin.router.ParsedEndpoint;
import java.util.stream.Stream;

/**
 * Javalin's router, finding the endpoint of a request once per request instead of once per question. For one request
 * Javalin asks up to five times which endpoint its method and path match (to know whether any will, to find its
 * roles, to extract its path parameters, to run it), and each time tries every endpoint of the method in turn, with a
 * regular expression each; a track by id, the sixth GET endpoint, paid thirty matches. Here the first answer is kept
 * for the thread's current request: Javalin hands every question of one request the same path string, so the kept
 * answer is reused only for that very string, never for another request.
 *
 * <p>For an HTTP method the stream holds the first matching endpoint only: Javalin (and this server) never reads
 * past the first for HTTP methods, since the first one registered wins. Before, after and WebSocket handlers are
 * found as Javalin finds them.
 */
final class FirstMatchRouter extends InternalRouter {
    private final ThreadLocal<Found> last = ThreadLocal.withInitial(Found::new);

    FirstMatchRouter(JavalinConfig config) {
        super(config.pvt.wsRouter, config.pvt.eventManager, config.router, config.jetty);
    }

    /** Makes {@code config}'s router one of these; call it before any route is added. */
    static void installIn(JavalinConfig config) {
        config.pvt.internalRouter = new FirstMatchRouter(config);
    }

    @Override
    public Stream<ParsedEndpoint> findHttpHandlerEntries(HandlerType handlerType, String requestUri) {
        if (requestUri == null || !handlerType.isHttpMethod()) {
            return super.findHttpHandlerEntries(handlerType, requestUri);
        }
        Found found = last.get();
        if (found.uri != requestUri || found.type != handlerType) { // the same string of the same request, by identity
            found.endpoint = super.findHttpHandlerEntries(handlerType, requestUri).findFirst().orElse(null);
            found.type = handlerType;
            found.uri = requestUri;
        }
        return found.endpoint == null ? Stream.empty() : Stream.of(found.endpoint);
    }

    /** The last endpoint found on a thread: of which method and path string, and which (null: none). */
    private static final class Found {
        private HandlerType type;
        private String uri;
        private ParsedEndpoint endpoint;
    }
}
