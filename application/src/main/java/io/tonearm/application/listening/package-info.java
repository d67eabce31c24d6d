/**
 * Listening: a track's bytes for streaming and download ({@link io.tonearm.application.listening.TrackStreams}),
 * reached by catalog id only, and sent only while the file on disk is the one the last scan read.
 */
package io.tonearm.application.listening;
