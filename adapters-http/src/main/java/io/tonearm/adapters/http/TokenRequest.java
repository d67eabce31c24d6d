package io.tonearm.adapters.http;

import java.time.Instant;

/** The body of {@code POST /api/tokens}: a name, and when the token stops working (absent: never). */
record TokenRequest(String name, Instant expiresAt) {
}
