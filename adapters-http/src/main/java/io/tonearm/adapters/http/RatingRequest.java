package io.tonearm.adapters.http;

/** The body of a rating: 1 to 5, or 0 to clear it. */
record RatingRequest(Integer rating) {
}
