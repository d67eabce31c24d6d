package io.tonearm.adapters.http;

/** The answer to a bulk add: how many tracks were added. */
record AddedResponse(int added) {
}
