package io.tonearm.domain.media;

/** Transcoding was asked for, but cannot be done here: the encoder (ffmpeg) is not installed or not found. */
public final class TranscodingUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param reason why, such as {@code "ffmpeg not found"} */
    public TranscodingUnavailableException(String reason) {
        super("transcoding not available: " + reason);
    }
}
