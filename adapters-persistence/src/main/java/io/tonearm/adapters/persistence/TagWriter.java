package io.tonearm.adapters.persistence;

import io.tonearm.domain.ArtistSeparators;
import io.tonearm.domain.AudioFile;
import io.tonearm.domain.MusicBrainzIds;
import io.tonearm.domain.MusicBrainzTags;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.TagWriteException;
import io.tonearm.domain.TrackChanges;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.jaudiotagger.audio.AudioHeader;
import org.jaudiotagger.audio.mp3.MP3File;
import org.jaudiotagger.tag.FieldDataInvalidException;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.KeyNotFoundException;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.id3.ID3v24Tag;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentCreator;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentReader;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentTag;

/**
 * Writes changed tags into a file: into a copy in the same directory (so the final rename stays on one file
 * system and is atomic), which is read back and compared with what was to be written, and only then replaces
 * the original. A failure at any point (a crash included) leaves the original as it was; the copy is removed,
 * or after a crash left behind under a name the walk skips.
 */
final class TagWriter {
    /** Names of the copies being written; the walk skips them. */
    static final String TEMP_PREFIX = ".tonearm-write-";

    private final ArtistSeparators separators;
    private final TrackTags reader;
    private final Consumer<Path> written;

    TagWriter(ArtistSeparators separators) {
        this(separators, copy -> { });
    }

    /** @param written told of each copy once its tags are written, before it is read back (a test's hook) */
    TagWriter(ArtistSeparators separators, Consumer<Path> written) {
        this.separators = separators;
        this.reader = new TrackTags(separators);
        this.written = Objects.requireNonNull(written, "written");
    }

    AudioFile write(String pathText, TrackChanges changes) {
        return write(pathText, changes, MusicBrainzTags.NONE);
    }

    AudioFile write(String pathText, TrackChanges changes, MusicBrainzTags musicBrainz) {
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
            AudioFacts before = AudioFacts.of(path, format);
            List<FieldKey> set;
            if (format == AudioFormat.OPUS) {
                set = writeOpus(path, copy, changes, musicBrainz);
            } else {
                Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
                org.jaudiotagger.audio.AudioFile audio = Mp3HeaderLock.read(copy.toFile(), format);
                if (audio instanceof MP3File mp3 && mp3.getID3v2Tag() == null && mp3.getID3v1Tag() != null) {
                    // jaudiotagger would add an empty ID3v2 tag, which readers prefer to the ID3v1 tag: the file
                    // would lose every field not written now. The new tag starts as a copy of the old one.
                    mp3.setID3v2Tag(new ID3v24Tag(mp3.getID3v1Tag()));
                }
                Tag tag = audio.getTagOrCreateAndSetDefault();
                set = apply(tag, changes, musicBrainz);
                Mp3HeaderLock.commit(audio, format);
            }
            written.accept(copy);
            verify(copy, format, changes, musicBrainz, set);
            AudioFacts after = AudioFacts.of(copy, format);
            if (!after.sameAudio(before)) {
                throw new IOException("the written copy's audio is not the original's: " + after + " instead of "
                        + before);
            }
            // on disk before it replaces the original, and the rename on disk too: after a power cut the file is
            // the old one or the new one, never an empty or half-written one
            try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            replace(copy, path);
            forceDirectory(path.toAbsolutePath().getParent());
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

    private List<FieldKey> writeOpus(Path path, Path copy, TrackChanges changes, MusicBrainzTags musicBrainz)
            throws Exception {
        OggOpusFile.Headers headers = OggOpusFile.read(path);
        VorbisCommentTag tag = new VorbisCommentReader().read(headers.comments(), false, path);
        List<FieldKey> set = apply(tag, changes, musicBrainz);
        ByteBuffer comments = new VorbisCommentCreator().convertMetadata(tag, false);
        byte[] bytes = new byte[comments.remaining()];
        comments.get(bytes);
        OggOpusFile.rewrite(path, copy, bytes);
        return set;
    }

    /** @return the MusicBrainz fields the tag's format took (a format without such a field leaves it out) */
    private List<FieldKey> apply(Tag tag, TrackChanges changes, MusicBrainzTags musicBrainz) throws Exception {
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
        List<FieldKey> set = new ArrayList<>();
        setIfHeld(tag, FieldKey.MUSICBRAINZ_RELEASEID, musicBrainz.releaseId(), set);
        setIfHeld(tag, FieldKey.MUSICBRAINZ_RELEASE_GROUP_ID, musicBrainz.releaseGroupId(), set);
        setIfHeld(tag, FieldKey.MUSICBRAINZ_RELEASEARTISTID, musicBrainz.albumArtistIds().isEmpty() ? null
                : String.join("; ", musicBrainz.albumArtistIds()), set);
        setIfHeld(tag, FieldKey.MUSICBRAINZ_ARTISTID, musicBrainz.artistId(), set);
        setIfHeld(tag, FieldKey.MUSICBRAINZ_TRACK_ID, musicBrainz.recordingId(), set);
        setIfHeld(tag, FieldKey.RECORD_LABEL, musicBrainz.label(), set);
        return set;
    }

    /** Sets a field the format may not hold (an ID3v1-only format, a WAV INFO chunk): then it is left out. */
    private static void setIfHeld(Tag tag, FieldKey key, String value, List<FieldKey> set) {
        if (value == null) {
            return;
        }
        try {
            tag.setField(key, value);
            set.add(key);
        } catch (KeyNotFoundException | UnsupportedOperationException | FieldDataInvalidException e) {
            // the format has no such field: the file keeps what it holds
        }
    }

    /**
     * Reads the written copy as a scan would and compares it with what was to be written.
     *
     * @throws TagWriteException naming the first field that does not read back
     */
    private void verify(Path copy, AudioFormat format, TrackChanges changes, MusicBrainzTags musicBrainz,
                        List<FieldKey> set) throws Exception {
        Tag tag;
        if (format == AudioFormat.OPUS) {
            tag = new VorbisCommentReader().read(OggOpusFile.read(copy).comments(), false, copy);
        } else {
            tag = Mp3HeaderLock.read(copy.toFile(), format).getTag();
        }
        if (tag == null) {
            throw new IOException("the written copy has no tag");
        }
        NewTrack read = reader.toTrack(new AudioFile(copy.toString(), Files.size(copy),
                Files.getLastModifiedTime(copy).toInstant()), copy.getFileName().toString(), tag,
                new TrackTags.Audio(0, 0, 0, format.displayName()));
        expect("title", changes.title(), read.title());
        expect("artists", changes.artists(), read.artists());
        expect("album", changes.album(), read.album());
        expect("albumArtist", changes.albumArtist(), read.albumArtist());
        expect("trackNumber", changes.trackNumber(), read.trackNumber());
        expect("discNumber", changes.discNumber(), read.discNumber());
        expect("year", changes.year(), read.year());
        expect("genre", changes.genre(), read.genre());
        MusicBrainzIds ids = read.musicBrainz();
        for (FieldKey key : set) {
            String value = switch (key) {
                case MUSICBRAINZ_RELEASEID -> ids.releaseId();
                case MUSICBRAINZ_ARTISTID -> ids.artistId();
                case MUSICBRAINZ_TRACK_ID -> ids.recordingId();
                default -> tag.getFirst(key);
            };
            String wanted = switch (key) {
                case MUSICBRAINZ_RELEASEID -> musicBrainz.releaseId();
                case MUSICBRAINZ_RELEASE_GROUP_ID -> musicBrainz.releaseGroupId();
                case MUSICBRAINZ_RELEASEARTISTID -> String.join("; ", musicBrainz.albumArtistIds());
                case MUSICBRAINZ_ARTISTID -> musicBrainz.artistId();
                case MUSICBRAINZ_TRACK_ID -> musicBrainz.recordingId();
                default -> musicBrainz.label();
            };
            expect(key.name(), wanted, value);
        }
    }

    private static void expect(String field, Object wanted, Object read) throws IOException {
        if (wanted != null && !wanted.equals(read)) {
            throw new IOException("the written copy did not read back: " + field + " is " + read + " instead of "
                    + wanted);
        }
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

    /**
     * What a file's audio is, as far as its header tells without decoding: writing tags must not change it.
     *
     * @param millis     the playing time
     * @param sampleRate Hz, or 0 when unknown
     * @param audioBytes the length of the audio data (MP3, FLAC and Opus), or null when not known
     */
    record AudioFacts(long millis, int sampleRate, Long audioBytes) {
        static AudioFacts of(Path file, AudioFormat format) throws Exception {
            if (format == AudioFormat.OPUS) {
                return new AudioFacts(Math.round(OggOpusFile.read(file).seconds() * 1000), OggOpusFile.SAMPLE_RATE,
                        OggOpusFile.audioBytes(file));
            }
            org.jaudiotagger.audio.AudioFile audio = Mp3HeaderLock.read(file.toFile(), format);
            AudioHeader header = audio.getAudioHeader();
            if (header == null) {
                throw new IOException("no audio header in " + file.getFileName());
            }
            Long audioBytes = null;
            if (audio instanceof MP3File mp3 && mp3.getMP3AudioHeader() != null) {
                // the frames run from the first one to the end, less an ID3v1 tag's 128 bytes
                audioBytes = Files.size(file) - mp3.getMP3AudioHeader().getMp3StartByte()
                        - (mp3.hasID3v1Tag() ? 128 : 0);
            } else if (format == AudioFormat.FLAC) {
                // the frames run from the end of the metadata blocks to the end of the file
                audioBytes = Files.size(file) - flacAudioStart(file);
            }
            return new AudioFacts(Math.round(header.getPreciseTrackLength() * 1000),
                    header.getSampleRateAsNumber(), audioBytes);
        }

        /** @return where a FLAC file's first frame starts: after its (ID3v2 tag and) metadata blocks */
        private static long flacAudioStart(Path file) throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer bytes = ByteBuffer.allocate(10);
                long position = 0;
                channel.read(bytes, 0);
                if (bytes.get(0) == 'I' && bytes.get(1) == 'D' && bytes.get(2) == '3') {
                    position = 10 + ((bytes.get(6) & 0x7F) << 21 | (bytes.get(7) & 0x7F) << 14
                            | (bytes.get(8) & 0x7F) << 7 | bytes.get(9) & 0x7F);
                }
                position += 4; // "fLaC"
                boolean last = false;
                while (!last) {
                    ByteBuffer block = ByteBuffer.allocate(4);
                    if (channel.read(block, position) < 4) {
                        throw new IOException("truncated FLAC metadata");
                    }
                    last = (block.get(0) & 0x80) != 0;
                    position += 4 + ((block.get(1) & 0xFF) << 16 | (block.get(2) & 0xFF) << 8 | block.get(3) & 0xFF);
                }
                return position;
            }
        }

        /** @return whether both are the same audio: same length and rate, same data length where both say */
        boolean sameAudio(AudioFacts other) {
            return Math.abs(millis - other.millis) <= 1 && sampleRate == other.sampleRate
                    && (audioBytes == null || other.audioBytes == null || audioBytes.equals(other.audioBytes));
        }
    }

    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some systems cannot open a directory: the rename is then as durable as the file system makes it
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
