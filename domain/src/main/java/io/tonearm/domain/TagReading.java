package io.tonearm.domain;

/**
 * What reading one audio file gave: either the track it holds ({@link ScannedTrack}) or the reason it could
 * not be read ({@link FileFailure}). A bad file is an answer, not an exception, so that one broken file
 * never stops a scan.
 */
public sealed interface TagReading permits ScannedTrack, FileFailure {

    /** @return the path of the file that was read */
    String path();
}
