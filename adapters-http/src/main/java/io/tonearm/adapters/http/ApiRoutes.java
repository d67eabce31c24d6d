package io.tonearm.adapters.http;

import io.javalin.http.Handler;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;

/** The routes of one resource; registered once, when the server is built. */
interface ApiRoutes {

    /** Adds this resource's endpoints. Fixed paths come before {@code {id}} paths, which would also match them. */
    void addTo(JavalinDefaultRouting routing);

    /**
     * Registers a read for GET and HEAD, for any signed-in user ({@link Access#USER}). Javalin would otherwise
     * answer HEAD with 200 without running the handler, also for an id that does not exist.
     */
    static void get(JavalinDefaultRouting routing, String path, Handler handler) {
        get(routing, path, handler, Access.USER);
    }

    /** Registers a read for GET and HEAD, for whoever {@code access} allows. */
    static void get(JavalinDefaultRouting routing, String path, Handler handler, Access access) {
        routing.get(path, handler, access);
        routing.head(path, handler, access);
    }
}
