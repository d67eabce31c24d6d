package io.tonearm.domain.media;

/**
 * A cover was found but cannot be used: the image is corrupt or truncated, in no readable format, or declares
 * more pixels than allowed (a decompression bomb is refused before it is decoded).
 */
public final class UnusableCoverException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param reason what is wrong with which image */
    public UnusableCoverException(String reason) {
        super("no usable cover: " + reason);
    }
}
