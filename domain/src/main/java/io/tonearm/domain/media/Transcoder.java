package io.tonearm.domain.media;

import java.time.Duration;

/** Transcodes audio files (ffmpeg) and keeps the finished transcodes in a bounded disk cache. */
public interface Transcoder {

    /**
     * Gives the transcode of a file from its start, as {@link #transcode(TrackMedia, TranscodeFormat, int, Duration)}
     * with a zero offset.
     *
     * @throws TranscodingUnavailableException if there is no encoder
     * @throws TranscodingBusyException if every transcoding slot stayed taken
     */
    default Transcode transcode(TrackMedia source, TranscodeFormat format, int bitRate) {
        return transcode(source, format, bitRate, Duration.ZERO);
    }

    /**
     * Gives the transcode of a file: the kept one if it was finished before, else the one being made (joined if
     * another request started it, else started now).
     *
     * @param source  the file, checked against the catalog just now
     * @param format  the format wanted
     * @param bitRate the bit rate in kbit/s
     * @param offset  where in the file the transcode starts (not negative); a transcode from another offset is
     *                another transcode
     * @return the transcode to send
     * @throws TranscodingUnavailableException if there is no encoder
     * @throws TranscodingBusyException if every transcoding slot stayed taken
     */
    Transcode transcode(TrackMedia source, TranscodeFormat format, int bitRate, Duration offset);
}
