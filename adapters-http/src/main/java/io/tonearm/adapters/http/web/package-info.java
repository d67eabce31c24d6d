/**
 * The web player: static HTML, CSS and JavaScript modules (no build step) served at {@code /} by the same server as
 * the API, under a {@code Content-Security-Policy} that allows nothing but the server's own origin. The pages call
 * the JSON API with the session cookie ({@code /api/session}).
 */
package io.tonearm.adapters.http.web;
