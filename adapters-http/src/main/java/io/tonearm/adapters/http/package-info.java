/**
 * The JSON API over the library's use cases: a Javalin (Jetty) server with Jackson, speaking
 * {@code application/json} and, for errors, RFC 9457 {@code application/problem+json}.
 *
 * <p>Public: {@link io.tonearm.adapters.http.HttpModule} (the Guice module), {@link io.tonearm.adapters.http.ApiServer}
 * (start/stop handle), {@link io.tonearm.adapters.http.HttpSettings} and the
 * {@link io.tonearm.adapters.http.ResponseHeaderHook} extension point. Everything else is package-private.
 * The endpoints are documented in {@code docs/http-api.md}.
 */
package io.tonearm.adapters.http;
