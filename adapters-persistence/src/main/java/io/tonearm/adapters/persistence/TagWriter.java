package io.tonearm.adapters.persistence;

import io.tonearm.domain.ArtistSeparators;
import io.tonearm.domain.AudioFile;
import io.tonearm.domain.TagWriteException;
import io.tonearm.domain.TrackChanges;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.KeyNotFoundException;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentCreator;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentReader;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentTag;

/**
 * Writes changed tags into a file: into a copy in the same directory (so the final rename stays on one file
 * system and is atomic), which then replaces the original. A failure at any point leaves the original as it
 * was and removes the copy.
 */
final class TagWriter {
    /** Names of the copies being written; the walk skips them. */
    static final String TEMP_PREFIX = ".tonearm-write-";

    private final ArtistSeparators separators;

    TagWriter(ArtistSeparators separators) {
        this.separators = separators;
    }

    AudioFile write(String pathText, TrackChanges changes) {
        Path path = Path.of(pathText);
        String fileName = path.getFileName().toString();
        AudioFormat format = AudioFormat.ofFileName(fileName)
                .orElseThrow(() -> new TagWriteException(pathText, "not an audio file Tonearm writes", null));
        if (!Files.isRegularFile(path)) {
            throw new TagWriteException(pathText, "file not found", null);
        }
        if (!Files.isWritable(path)) {
            throw new TagWriteException(pathText, "file is read-only", null);
        }
        String extension = fileName.substring(fileName.lastIndexOf('.'));
        Path copy = path.resolveSibling(TEMP_PREFIX + UUID.randomUUID() + extension);
        try {
            if (format == AudioFormat.OPUS) {
                writeOpus(path, copy, changes);
            } else {
                Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
                org.jaudiotagger.audio.AudioFile audio = Mp3HeaderLock.read(copy.toFile(), format);
                Tag tag = audio.getTagOrCreateAndSetDefault();
                apply(tag, changes);
                Mp3HeaderLock.commit(audio, format);
            }
            replace(copy, path);
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return new AudioFile(pathText, attributes.size(),
                    attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS));
        } catch (TagWriteException e) {
            throw e;
        } catch (Exception e) {
            throw new TagWriteException(pathText, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                // a stray copy is harmless: the walk skips it and the next write-back uses another name
            }
        }
    }

    private void writeOpus(Path path, Path copy, TrackChanges changes) throws Exception {
        OggOpusFile.Headers headers = OggOpusFile.read(path);
        VorbisCommentTag tag = new VorbisCommentReader().read(headers.comments(), false, path);
        apply(tag, changes);
        ByteBuffer comments = new VorbisCommentCreator().convertMetadata(tag, false);
        byte[] bytes = new byte[comments.remaining()];
        comments.get(bytes);
        OggOpusFile.rewrite(path, copy, bytes);
    }

    private void apply(Tag tag, TrackChanges changes) throws Exception {
        set(tag, FieldKey.TITLE, changes.title());
        if (changes.artists() != null) {
            // The reader prefers ARTISTS when present: drop it so that the new ARTIST is what is read back.
            delete(tag, FieldKey.ARTISTS);
            writeArtists(tag, changes.artists());
        }
        set(tag, FieldKey.ALBUM, changes.album());
        set(tag, FieldKey.ALBUM_ARTIST, changes.albumArtist());
        set(tag, FieldKey.TRACK, changes.trackNumber() == null ? null : changes.trackNumber().toString());
        set(tag, FieldKey.DISC_NO, changes.discNumber() == null ? null : changes.discNumber().toString());
        set(tag, FieldKey.YEAR, changes.year() == null ? null : changes.year().toString());
        set(tag, FieldKey.GENRE, changes.genre());
    }

    private void writeArtists(Tag tag, List<String> artists) throws Exception {
        if (tag instanceof VorbisCommentTag || tag instanceof org.jaudiotagger.tag.flac.FlacTag) {
            // Vorbis comments hold several values of a field natively.
            tag.deleteField(FieldKey.ARTIST);
            for (String artist : artists) {
                tag.addField(FieldKey.ARTIST, artist);
            }
        } else {
            // Elsewhere one value, joined by the first configured separator so that reading splits it again.
            tag.setField(FieldKey.ARTIST, String.join(separators.separators().get(0), artists));
        }
    }

    private static void set(Tag tag, FieldKey key, String value) throws Exception {
        if (value != null) {
            tag.setField(key, value);
        }
    }

    private static void delete(Tag tag, FieldKey key) {
        try {
            tag.deleteField(key);
        } catch (KeyNotFoundException | UnsupportedOperationException e) {
            // the format has no such field: nothing to drop
        }
    }

    private static void replace(Path copy, Path original) throws IOException {
        try {
            Files.move(copy, original, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(copy, original, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
