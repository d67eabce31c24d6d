package io.tonearm.adapters.persistence;

import java.io.File;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;

/**
 * Reads files with jaudiotagger, one MP3 at a time.
 *
 * <p>jaudiotagger 3.0.1 parses every MPEG frame header through one static byte array
 * ({@code MPEGFrameHeader.parseMPEGHeader}), so two threads reading MP3 files at once can mix their headers and
 * read a wrong duration or bitrate. Every jaudiotagger MP3 read and write in this process therefore goes
 * through the one lock here; the other formats are read in parallel. Public for the other packages of this
 * adapter that read audio files ({@code media}: embedded cover art).
 */
public final class Mp3HeaderLock {
    private static final Object LOCK = new Object();

    private Mp3HeaderLock() {
    }

    /** @return the file read by jaudiotagger, under the lock when it is an MP3 */
    static AudioFile read(File file, AudioFormat format) throws Exception {
        if (format != AudioFormat.MP3) {
            return AudioFileIO.read(file);
        }
        synchronized (LOCK) {
            return AudioFileIO.read(file);
        }
    }

    /**
     * @return the file read by jaudiotagger, its format told by its name's extension (under the lock when it is an
     *     MP3)
     * @throws Exception whatever jaudiotagger throws for a file it cannot read
     */
    public static AudioFile read(File file) throws Exception {
        return read(file, AudioFormat.ofFileName(file.getName()).orElse(null));
    }

    /** Writes the file's changed tags, under the lock when it is an MP3. */
    static void commit(AudioFile audio, AudioFormat format) throws Exception {
        if (format != AudioFormat.MP3) {
            audio.commit();
            return;
        }
        synchronized (LOCK) {
            audio.commit();
        }
    }
}
