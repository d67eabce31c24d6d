package io.tonearm.adapters.http;

/**
 * One rejected part of a request, in a problem's {@code invalidParams}.
 *
 * @param name   the query parameter, path parameter, header or body field, such as {@code limit},
 *               {@code musicBrainz.releaseId} or {@code [3].title} (the fourth element of an array body)
 * @param reason what is wrong with it
 */
record InvalidParam(String name, String reason) {
}
