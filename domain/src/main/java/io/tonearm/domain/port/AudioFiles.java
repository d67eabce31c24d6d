package io.tonearm.domain.port;

import io.tonearm.domain.AudioFile;
import io.tonearm.domain.FileFailure;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.MusicBrainzTags;
import io.tonearm.domain.TagReading;
import io.tonearm.domain.TagWriteException;
import io.tonearm.domain.TrackChanges;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The library's audio files on disk: finding them and reading what they hold.
 */
public interface AudioFiles {

    /**
     * Finds the audio files under {@code root}, lazily: files are produced while the walk goes on, so memory
     * does not grow with the size of the library. Files of other kinds are skipped silently. Symbolic links
     * are followed, but a directory is entered only once (a link loop ends there) and a link leading out of
     * {@code root} is refused. Such problems, and directories that cannot be read, go to {@code problems};
     * the walk goes on.
     *
     * @param root     the library's directory
     * @param problems receives each directory or link that was refused or could not be read; called from the
     *                 thread consuming the stream
     * @return the audio files, each once; the caller must close the stream
     * @throws InvalidValueException naming {@code root} if it is not a readable directory
     */
    Stream<AudioFile> walk(Path root, Consumer<FileFailure> problems);

    /**
     * Reads one audio file's tags and audio properties. Safe to call from several threads at once.
     *
     * @return the track the file describes, or the reason it could not be read (empty, truncated, not audio,
     *     gone); never throws for a bad file
     */
    TagReading read(AudioFile file);

    /** @return true if a regular file is at this path now (for example to tell a moved file from a copy) */
    boolean exists(String path);

    /**
     * Writes changed tags into an audio file, atomically: the tags are written to a copy beside the file, which
     * is read back and then replaces it in one rename. Fields that are null in {@code changes} are left as they are.
     *
     * @return the file as it is now, with its new size and modification time
     * @throws TagWriteException if the file could not be written; it is then unchanged
     */
    AudioFile writeTags(String path, TrackChanges changes);

    /**
     * Writes changed tags and MusicBrainz tags into an audio file, as {@link #writeTags(String, TrackChanges)}
     * does: into a copy that replaces the file only once it reads back as written. The default writes only
     * {@code changes} and refuses MusicBrainz tags: for a store that cannot write them.
     *
     * @return the file as it is now, with its new size and modification time
     * @throws TagWriteException if the file could not be written; it is then unchanged
     */
    default AudioFile writeTags(String path, TrackChanges changes, MusicBrainzTags musicBrainz) {
        if (!musicBrainz.isEmpty()) {
            throw new TagWriteException(path, "this store does not write MusicBrainz tags", null);
        }
        return writeTags(path, changes);
    }
}
