/**
 * Song lyrics: the {@link io.tonearm.domain.lyrics.Lyrics} of a track, timed line by line or not, and the port that
 * finds them beside or inside its audio file ({@link io.tonearm.domain.lyrics.LyricsSource}).
 */
package io.tonearm.domain.lyrics;
