package io.tonearm.adapters.http;

/**
 * An answer's JSON written ahead, with its weak entity tag: what a kept answer hands to
 * {@link ApiJson#respond(io.javalin.http.Context, int, JsonBody)} so that neither is computed again.
 *
 * @param bytes the UTF-8 JSON; never changed once made
 * @param etag  {@link JsonETags#weak(byte[])} of {@code bytes}
 */
record JsonBody(byte[] bytes, String etag) {

    /** @return the bytes with their tag */
    static JsonBody of(byte[] bytes) {
        return new JsonBody(bytes, JsonETags.weak(bytes));
    }
}
