/**
 * Listening: a track's audio file as something to send (its facts, name, media type and validator), and the
 * port that reads audio files from disk ({@link io.tonearm.domain.media.MediaFiles}). Routes take catalog ids
 * only; the path always comes from the catalog.
 */
package io.tonearm.domain.media;
