/**
 * Listening routes: a track's bytes by catalog id ({@code /api/tracks/{id}/stream} and {@code /download}) with
 * byte ranges and conditional requests (RFC 9110), sent by Jetty's own channel sending, never copied through
 * the heap. Refusals are thrown as {@link io.tonearm.adapters.http.listening.ListeningProblem} (and the domain's
 * {@link io.tonearm.domain.media.MediaGoneException}), which the API's error mapping turns into problem
 * responses; nothing here depends on the rest of the HTTP adapter.
 */
package io.tonearm.adapters.http.listening;
