package io.tonearm.adapters.persistence;

import java.time.Instant;

/** A row of {@code change_log}. */
final class ChangeRow {
    long position;
    Instant createdAt;
    String origin;
    String payload;
}
