/**
 * The Subsonic and OpenSubsonic API under {@code /rest} (docs/subsonic.md), for the phone and desktop apps that
 * speak it: {@link io.tonearm.adapters.http.subsonic.SubsonicRoutes} reads a request's parameters, signs the caller
 * in through the same credential check as the JSON API, calls the same use cases, and answers a
 * {@code subsonic-response} in XML, JSON or jsonp. Only how a request is read and an answer written differs from
 * {@code /api}.
 */
package io.tonearm.adapters.http.subsonic;
