/**
 * Scrobbling: each user's plays forwarded to their listening service (ListenBrainz) through a durable queue, in
 * batches, again later while the service is down, never twice once it accepted them.
 */
package io.tonearm.application.scrobbling;
