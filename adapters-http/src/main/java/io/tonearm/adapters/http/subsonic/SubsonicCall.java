package io.tonearm.adapters.http.subsonic;

import io.javalin.http.Context;
import io.tonearm.application.ListenerLibrary;
import io.tonearm.application.users.Caller;

/**
 * One call of a Subsonic method: the request, its parameters, who made it (null for a public method) and the
 * library as they see it.
 *
 * @param ctx     the request, for methods that answer with bytes
 * @param params  the query and form parameters
 * @param caller  the signed-in user, or null for a public method
 * @param library the library's use cases as the caller sees them (their favorites and plays), or null for a
 *                public method
 */
record SubsonicCall(Context ctx, SubsonicParams params, Caller caller, ListenerLibrary library) {
}
