/**
 * The audio files as media: their facts now and reading them for streams ({@code LocalMediaFiles}); later
 * ffmpeg processes and the transcode and artwork disk caches. Bound by {@link
 * io.tonearm.adapters.persistence.media.MediaModule}.
 */
package io.tonearm.adapters.persistence.media;
