/**
 * Where each listener left off, kept for them across devices: their saved play queue ({@link
 * io.tonearm.domain.playback.PlayQueue}, one per user, what Subsonic's {@code savePlayQueue} keeps) and their
 * bookmarks ({@link io.tonearm.domain.playback.Bookmark}, a position in a track, one per user and track). Both
 * belong to one user and go with them, and a track's removal takes it out of both.
 */
package io.tonearm.domain.playback;
