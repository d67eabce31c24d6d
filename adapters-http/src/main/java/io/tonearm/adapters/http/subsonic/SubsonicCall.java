package io.tonearm.adapters.http.subsonic;

import io.javalin.http.Context;
import io.tonearm.application.users.Caller;

/**
 * One call of a Subsonic method: the request, its parameters and who made it (null for a public method).
 *
 * @param ctx    the request, for methods that answer with bytes
 * @param params the query and form parameters
 * @param caller the signed-in user, or null for a public method
 */
record SubsonicCall(Context ctx, SubsonicParams params, Caller caller) {
}
