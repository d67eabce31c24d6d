package io.tonearm.domain.media;

/** Transcodes audio files (ffmpeg) and keeps the finished transcodes in a bounded disk cache. */
public interface Transcoder {

    /**
     * Gives the transcode of a file: the kept one if it was finished before, else the one being made (joined if
     * another request started it, else started now).
     *
     * @param source  the file, checked against the catalog just now
     * @param format  the format wanted
     * @param bitRate the bit rate in kbit/s
     * @return the transcode to send
     * @throws TranscodingUnavailableException if there is no encoder
     * @throws TranscodingBusyException if every transcoding slot stayed taken
     */
    Transcode transcode(TrackMedia source, TranscodeFormat format, int bitRate);
}
