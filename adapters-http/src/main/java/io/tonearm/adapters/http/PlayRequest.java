package io.tonearm.adapters.http;

import java.time.Instant;

/** The optional body of a play: when it happened (now when absent). */
record PlayRequest(Instant playedAt) {
}
